namespace Router.Channels;

/// <summary>Sends replies back through one channel. Registered once per channel that can answer customers.</summary>
public interface IOutboundChannel
{
    /// <summary>The channel this adapter answers on.</summary>
    ChannelKind Channel { get; }

    /// <summary>
    /// Sends the message, retrying only what is safe to retry, and says what happened. Throws only when the outcome
    /// is unknown (the provider could not be reached); a decision not to send is a <see cref="OutboundReceipt.Refused"/> receipt.
    /// </summary>
    Task<OutboundReceipt> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
