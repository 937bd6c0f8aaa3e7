namespace Router.Channels;

/// <summary>Where channel adapters deliver inbound messages. Implemented by the router's intake.</summary>
public interface IInboundSink
{
    /// <summary>
    /// Turns the message into a work item and returns once it is durable, so the caller may then acknowledge its
    /// source. A message whose idempotency key was seen before returns the existing item with <c>Created = false</c>.
    /// </summary>
    Task<InboundReceipt> AcceptAsync(InboundMessage message, CancellationToken cancellationToken);
}
