namespace Router.Channels.WebChat;

/// <summary>One line of a chat session's transcript.</summary>
/// <param name="Id">The visitor's client message id, or the router's outbound message id for agent and system lines.</param>
/// <param name="From"><c>visitor</c>, <c>agent</c> or <c>system</c> (automatic messages).</param>
/// <param name="Text">Exactly the text that was sent: plain text, never HTML; render it as text.</param>
/// <param name="At">When the router took it.</param>
public sealed record ChatLine(string Id, string From, string Text, DateTimeOffset At)
{
    public const string Visitor = "visitor";
    public const string Agent = "agent";
    public const string System = "system";
}
