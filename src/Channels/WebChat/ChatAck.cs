namespace Router.Channels.WebChat;

/// <summary>What <c>Send</c> returns once the message is durable in the router.</summary>
/// <param name="SessionId">The session the message belongs to.</param>
/// <param name="MessageId">The client message id it was sent with.</param>
/// <param name="ItemId">The work item that holds the conversation.</param>
/// <param name="At">When the router took it (the first time, for a resend).</param>
/// <param name="Duplicate">True when this id had been sent before: nothing new was created.</param>
public sealed record ChatAck(string SessionId, string MessageId, string ItemId, DateTimeOffset At, bool Duplicate);
