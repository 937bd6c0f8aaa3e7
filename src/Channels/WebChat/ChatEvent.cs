namespace Router.Channels.WebChat;

/// <summary>
/// What the hub pushes to a visitor's connections as <c>message</c>: a new line of one of its sessions (an agent's
/// reply, or its own message sent from another tab). Pages show lines of their own session and skip ids they have.
/// </summary>
public sealed record ChatEvent(string SessionId, string Id, string From, string Text, DateTimeOffset At)
{
    /// <summary>The hub method name clients listen on.</summary>
    public const string Method = "message";

    internal static ChatEvent Of(string sessionId, ChatLine line) => new(sessionId, line.Id, line.From, line.Text, line.At);
}
