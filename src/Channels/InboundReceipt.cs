namespace Router.Channels;

/// <summary>The outcome of handing a message to the router.</summary>
/// <param name="ItemId">The work item that now holds the message.</param>
/// <param name="Created">False when the idempotency key was already known and nothing new was created.</param>
public sealed record InboundReceipt(string ItemId, bool Created);
