using Microsoft.AspNetCore.SignalR;

namespace Router.Channels.WebChat;

/// <summary>
/// <c>/hubs/chat</c>: visitors' side of web chat. Every connection is authenticated by its signed identity (see
/// <see cref="VisitorAuthenticationHandler"/>) and every call checks it again (<see cref="VisitorIdentityFilter"/>).
/// A visitor's connections share the group <c>chat:{site}:{visitor}</c>, where replies are pushed as <c>message</c>.
/// </summary>
internal sealed class ChatHub(ChatConversations conversations, ChatTranscripts transcripts) : Hub
{
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Visitor.Group, Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    /// <summary>
    /// Sends a message in a session the page chose (a new session id starts a new conversation). Resending the same
    /// message id (after a reconnect) returns the first acknowledgement and creates nothing.
    /// </summary>
    public async Task<ChatAck> Send(string sessionId, string messageId, string text)
    {
        var visitor = Visitor;
        var ack = await conversations.SendAsync(visitor, sessionId, messageId, text, Context.ConnectionAborted);
        if (!ack.Duplicate)
        {
            var line = new ChatLine(ack.MessageId, ChatLine.Visitor, text, ack.At);
            await Clients.OthersInGroup(visitor.Group).SendAsync(ChatEvent.Method, ChatEvent.Of(sessionId, line), Context.ConnectionAborted);
        }

        return ack;
    }

    /// <summary>The session's transcript, so a page that reconnects or reloads shows what it missed.</summary>
    public async Task<ChatHistory> History(string sessionId)
    {
        if (!ChatIds.IsSession(sessionId))
        {
            throw new HubException("The session id must be 8-64 letters, digits, '_' or '-' (a UUID fits).");
        }

        var visitor = Visitor;
        var transcript = await transcripts.GetAsync(visitor.Site, visitor.Visitor, sessionId, Context.ConnectionAborted);
        return new ChatHistory(sessionId, transcript?.ItemId, transcript?.Lines ?? []);
    }

    // The filter has checked it before any call reaches the hub.
    private VisitorIdentity Visitor => VisitorIdentity.FromClaims(Context.User)
        ?? throw new HubException("This connection has no visitor identity.");
}
