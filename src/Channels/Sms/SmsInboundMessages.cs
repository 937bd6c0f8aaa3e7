using System.Text.Json.Nodes;

namespace Router.Channels.Sms;

/// <summary>How an inbound SMS becomes the router's <see cref="InboundMessage"/>.</summary>
internal static class SmsInboundMessages
{
    /// <summary>
    /// The conversation between one of our numbers and one customer number. A message from a number with an open
    /// item on the same line of ours joins that item.
    /// </summary>
    public static string ThreadKey(string ourNumber, string theirNumber) => $"sms:{ourNumber}:{theirNumber}";

    /// <summary>
    /// Channel sms, idempotency key <c>sms:{MessageSid}</c>, the sender as a phone handle, the body as plain text,
    /// our number in <c>attributes.sms.to</c> (rules can route per line), reply addressing <c>{from, to,
    /// messagingServiceSid?}</c> seen from our side, and MMS media as attachments referenced by URL.
    /// </summary>
    public static InboundMessage ToInboundMessage(this TwilioInboundSms sms)
    {
        var thread = ThreadKey(sms.To, sms.From);
        var replyTo = new JsonObject { ["from"] = sms.To, ["to"] = sms.From };
        if (sms.MessagingServiceSid is not null)
        {
            replyTo["messagingServiceSid"] = sms.MessagingServiceSid;
        }

        return new InboundMessage(
            ChannelKind.Sms,
            "sms:" + sms.MessageSid,
            new JsonObject { ["phone"] = sms.From },
            Subject: null,
            Text: sms.Body,
            Attributes: new JsonObject { ["sms"] = new JsonObject { ["to"] = sms.To, ["media"] = sms.Media.Count } })
        {
            Handles = [ContactHandle.Phone(sms.From)],
            ThreadKeys = [new ThreadKey(thread)],
            JoinKeys = [thread],
            ReplyTo = replyTo,
            Attachments = sms.Media,
        };
    }
}
