namespace Router.Channels;

/// <summary>The outcome of handing a message to the router.</summary>
/// <param name="ItemId">The work item that now holds the message.</param>
/// <param name="Created">False when the idempotency key was already known, or the message joined an open item.</param>
public sealed record InboundReceipt(string ItemId, bool Created)
{
    /// <summary>True when the message was added to an open item of the same conversation (a reply in a thread).</summary>
    public bool Joined { get; init; }
}
