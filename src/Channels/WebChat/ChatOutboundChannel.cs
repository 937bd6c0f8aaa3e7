using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.WebChat;

/// <summary>
/// Agents' replies to chat items: written to the session's transcript first (so a visitor who is away sees it on
/// resume), then pushed to the visitor's group, which with the Redis backplane reaches its connections on any
/// router instance. A retried reply (same message id) is stored once and pushed again; pages skip ids they have.
/// </summary>
internal sealed class ChatOutboundChannel(
    IHubContext<ChatHub> hub,
    ChatTranscripts transcripts,
    IOptionsMonitor<WebChatOptions> options,
    TimeProvider time,
    ILogger<ChatOutboundChannel> logger) : IOutboundChannel
{
    public ChannelKind Channel => ChannelKind.Chat;

    public async Task<OutboundReceipt> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        if (ChatReplyTo.From(message.ReplyTo) is not { } to)
        {
            return new OutboundReceipt(OutboundReceipt.Refused, null, "the reply address is not a chat session (site, visitor, session)");
        }

        if (!options.CurrentValue.Sites.ContainsKey(to.Site))
        {
            return new OutboundReceipt(OutboundReceipt.Refused, null, $"site '{to.Site}' is not configured for web chat");
        }

        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return new OutboundReceipt(OutboundReceipt.Refused, null, "the reply is empty");
        }

        var from = message.Automatic ? ChatLine.System : ChatLine.Agent;
        var line = await transcripts.AppendAsync(
            to.Site, to.Visitor, to.Session, message.ItemId, new ChatLine(message.MessageId, from, message.Text, time.GetUtcNow()), cancellationToken);
        await hub.Clients.Group($"chat:{to.Site}:{to.Visitor}").SendAsync(ChatEvent.Method, ChatEvent.Of(to.Session, line), cancellationToken);
        Log.ReplyPushed(logger, to.Site, message.ItemId);
        return new OutboundReceipt(OutboundReceipt.Sent, message.MessageId);
    }
}
