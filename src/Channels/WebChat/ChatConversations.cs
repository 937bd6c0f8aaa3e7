using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.WebChat;

/// <summary>
/// Turns a visitor's message into router work: checks it and the visitor's limits (a refusal creates nothing), hands
/// it to the router (durable before this returns) and records it in the session's transcript. One session is one
/// conversation: its messages share a thread key, so later ones join the item the first one opened.
/// </summary>
internal sealed class ChatConversations(
    IInboundSink sink,
    ChatTranscripts transcripts,
    ChatLimits limits,
    IOptionsMonitor<WebChatOptions> options,
    TimeProvider time,
    ILogger<ChatConversations> logger)
{
    /// <summary>
    /// Accepts the message, or throws a <see cref="HubException"/> that tells the visitor why not. The arguments come
    /// from the visitor as sent, so any of them may be null or malformed despite their types; all are checked here.
    /// </summary>
    public async Task<ChatAck> SendAsync(VisitorIdentity who, string session, string messageId, string text, CancellationToken cancellationToken)
    {
        var site = options.CurrentValue.Sites.GetValueOrDefault(who.Site)
            ?? throw new HubException("This site no longer offers chat.");
        Refuse(ChatIds.IsSession(session) ? null : "The session id must be 8-64 letters, digits, '_' or '-' (a UUID fits).");
        Refuse(ChatIds.IsMessage(messageId) ? null : "The message id must be 1-64 letters, digits, '_' or '-' (a UUID fits).");
        Refuse(ChatText.Problem(text, site.MaxMessageLength));

        var transcript = await transcripts.GetAsync(who.Site, who.Visitor, session, cancellationToken);
        if (transcript?.ItemId is { } known && transcript.Has(ChatLine.Visitor, messageId))
        {
            var first = transcript.Lines.First(l => l.From == ChatLine.Visitor && l.Id == messageId);
            return new ChatAck(session, messageId, known, first.At, Duplicate: true);
        }

        Refuse(await limits.CountMessageAsync(who.Site, who.Visitor, site, cancellationToken));
        if (transcript is null)
        {
            Refuse(await limits.CountConversationAsync(who.Site, who.Visitor, site, cancellationToken));
        }

        var receipt = await sink.AcceptAsync(Inbound(who, session, messageId, text), cancellationToken);
        var line = await transcripts.AppendAsync(
            who.Site, who.Visitor, session, receipt.ItemId, new ChatLine(messageId, ChatLine.Visitor, text, time.GetUtcNow()), cancellationToken);
        Log.MessageAccepted(logger, who.Site, receipt.ItemId, receipt.Created, receipt.Joined);
        return new ChatAck(session, messageId, receipt.ItemId, line.At, Duplicate: !receipt.Created && !receipt.Joined);
    }

    private static InboundMessage Inbound(VisitorIdentity who, string session, string messageId, string text)
    {
        var thread = $"chat:{who.Site}:{who.Visitor}:{session}";
        return new InboundMessage(
            ChannelKind.Chat,
            $"chat:{who.Site}:{who.Visitor}:{messageId}",
            new JsonObject { ["visitor"] = who.Visitor, ["site"] = who.Site },
            Subject: null,
            text,
            new JsonObject { ["site"] = who.Site })
        {
            Handles = [ContactHandle.Visitor(who.Site, who.Visitor)],
            ThreadKeys = [new ThreadKey(thread)],
            JoinKeys = [thread],
            ReplyTo = new ChatReplyTo(who.Site, who.Visitor, session).ToJson(),
        };
    }

    private static void Refuse(string? problem)
    {
        if (problem is not null)
        {
            throw new HubException(problem);
        }
    }
}
