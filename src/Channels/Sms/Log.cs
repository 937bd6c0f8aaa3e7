using Microsoft.Extensions.Logging;

namespace Router.Channels.Sms;

/// <summary>
/// The SMS channel's log events (7001–7099). Numbers appear only redacted; bodies, tokens and signatures never.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Twilio webhook {Path} refused: signature missing or wrong (header present: {HeaderPresent})")]
    public static partial void SignatureRejected(ILogger logger, string path, bool headerPresent);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Twilio webhook refused as malformed: {Reason}")]
    public static partial void WebhookMalformed(ILogger logger, string reason);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Twilio called {Path} but the SMS channel is not configured (Router:Sms:Twilio:AccountSid is empty)")]
    public static partial void WebhookWhileDisabled(ILogger logger, string path);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "SMS {MessageSid} taken into item {ItemId} (created: {Created}, joined: {Joined})")]
    public static partial void InboundAccepted(ILogger logger, string messageSid, string itemId, bool created, bool joined);

    /// <summary>Logs an opt-out or opt-in with the number redacted.</summary>
    public static void OptChanged(ILogger logger, string number, bool optedOut, string messageSid)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var redacted = E164.Redact(number);
            OptChangedCore(logger, redacted, optedOut ? "out of" : "back in to", messageSid);
        }
    }

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "{Number} opted {Change} SMS (message {MessageSid})")]
    private static partial void OptChangedCore(ILogger logger, string number, string change, string messageSid);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Debug, Message = "Status callback for {MessageSid}: {Status} (recorded: {Moved}, error code: {ErrorCode})")]
    public static partial void StatusCallback(ILogger logger, string messageSid, string status, bool moved, string? errorCode);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Debug, Message = "SMS reply for item {ItemId} queued by Twilio as {MessageSid}")]
    public static partial void OutboundQueued(ILogger logger, string itemId, string? messageSid);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Warning, Message = "Twilio did not take the SMS reply for item {ItemId}: HTTP {HttpStatus}, error code {ErrorCode} (0: unreachable)")]
    public static partial void OutboundFailed(ILogger logger, string itemId, int httpStatus, int? errorCode);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Information, Message = "SMS reply for item {ItemId} not sent: {Reason}")]
    public static partial void OutboundRefused(ILogger logger, string itemId, string reason);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Warning, Message = "Retrying a Twilio call (attempt {Attempt}) after HTTP {HttpStatus} / {Exception}, in {Delay}")]
    public static partial void Retrying(ILogger logger, int attempt, int? httpStatus, TimeSpan delay, string? exception);

    [LoggerMessage(EventId = 7014, Level = LogLevel.Error, Message = "Could not record the SMS {What} after Twilio answered")]
    public static partial void StateWriteFailed(ILogger logger, string what, Exception exception);
}
