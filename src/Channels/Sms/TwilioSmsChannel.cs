using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.Sms;

/// <summary>
/// Sends replies and acknowledgements as SMS through Twilio, from the number the customer wrote to (or through the
/// Messaging Service it belongs to). Refuses, sending nothing, when the channel is off, the reply address is
/// incomplete, the text is empty or too long, or the customer has opted out. Throws only when the outcome is unknown.
/// </summary>
internal sealed class TwilioSmsChannel(
    TwilioMessagesApi api,
    SmsOptOuts optOuts,
    DeliveryStatuses statuses,
    IOptions<TwilioOptions> twilio,
    IOptionsMonitor<SmsOptions> sms,
    ILogger<TwilioSmsChannel> logger) : IOutboundChannel
{
    public ChannelKind Channel => ChannelKind.Sms;

    public async Task<OutboundReceipt> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var to = E164.Normalize(Text(message.ReplyTo, "to"), sms.CurrentValue.DefaultRegion);
        var from = Text(message.ReplyTo, "from");
        var service = Text(message.ReplyTo, "messagingServiceSid");
        var refusal = (to, from ?? service, message.Text) switch
        {
            _ when !twilio.Value.Enabled => "the SMS channel is not configured (Router:Sms:Twilio:AccountSid is empty)",
            (null, _, _) => "no phone number to reply to",
            (_, null, _) => "no number to send from",
            (_, _, var text) when string.IsNullOrWhiteSpace(text) => "empty message",
            (_, _, var text) when text.Length > SmsOptions.MaxBodyLength => $"longer than {SmsOptions.MaxBodyLength} characters",
            _ => null,
        };
        if (refusal is null && await optOuts.IsOptedOutAsync(to!, cancellationToken))
        {
            refusal = "opted out";
        }

        if (refusal is not null)
        {
            return Refuse(message, refusal);
        }

        var result = await api.SendAsync(to!, from, service, message.Text, cancellationToken);
        if (result.Accepted)
        {
            Log.OutboundQueued(logger, message.ItemId, result.Sid);
            if (result.Sid is { } sid)
            {
                await BestEffortAsync(() => statuses.AdvanceAsync(sid, result.Status ?? "queued", CancellationToken.None), "delivery status");
            }

            return new OutboundReceipt(OutboundReceipt.Queued, result.Sid);
        }

        Log.OutboundFailed(logger, message.ItemId, result.HttpStatus, result.ErrorCode);
        if (result.ErrorCode == TwilioSendResult.UnsubscribedRecipient)
        {
            await BestEffortAsync(() => optOuts.RecordProviderOptOutAsync(to!, from, CancellationToken.None), "opt-out");
            return Refuse(message, "opted out");
        }

        return Refuse(message, result switch
        {
            { HttpStatus: 0 } => "Twilio could not be reached",
            { HttpStatus: 429 } => "rate-limited by Twilio",
            { HttpStatus: >= 500 } => $"Twilio unavailable ({result.HttpStatus})",
            // Twilio's message may quote the number: it goes to the item's history, not to the log.
            _ => $"Twilio refused the message ({result.HttpStatus}{(result.ErrorCode is { } code ? $", error {code}" : "")}: {result.ErrorMessage})",
        }, logged: false);
    }

    // After Twilio answered, a store failure must not surface as an exception: that would read as "outcome unknown"
    // and invite a resend of a message whose fate is known.
    private async Task BestEffortAsync(Func<Task> write, string what)
    {
        try
        {
            await write();
        }
#pragma warning disable CA1031 // logged and swallowed on purpose, see above
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.StateWriteFailed(logger, what, e);
        }
    }

    private OutboundReceipt Refuse(OutboundMessage message, string reason, bool logged = true)
    {
        Log.OutboundRefused(logger, message.ItemId, logged ? reason : "refused by Twilio");
        return new OutboundReceipt(OutboundReceipt.Refused, null, reason);
    }

    private static string? Text(JsonObject replyTo, string name) =>
        replyTo[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
