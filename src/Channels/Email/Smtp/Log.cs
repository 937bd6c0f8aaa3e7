using Microsoft.Extensions.Logging;
namespace Router.Channels.Email.Smtp;

/// <summary>SMTP output log events (4200–4299): item ids and outcomes, never addresses or text.</summary>
internal static partial class Log
{
    [LoggerMessage(4200, LogLevel.Information, "Item {ItemId}: {Channel} reply sent (automatic: {Automatic}).")]
    public static partial void Sent(ILogger logger, string itemId, string channel, bool automatic);

    [LoggerMessage(4201, LogLevel.Warning, "Item {ItemId}: reply not sent: {Reason}.")]
    public static partial void Refused(ILogger logger, string itemId, string reason);

    [LoggerMessage(4202, LogLevel.Warning, "SMTP attempt {Attempt} failed ({Failure}); next in {Delay}.")]
    public static partial void Retrying(ILogger logger, int attempt, string failure, TimeSpan delay);
}
