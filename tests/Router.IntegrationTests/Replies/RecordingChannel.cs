using Router.Channels;

namespace Router.IntegrationTests.Replies;

/// <summary>
/// An outbound adapter for the reply tests: records what the router hands it and answers as told. The real adapters
/// (SMTP, Twilio, SignalR) have their own tests against real or protocol-faithful servers.
/// </summary>
internal sealed class RecordingChannel(ChannelKind channel) : IOutboundChannel
{
    public ChannelKind Channel { get; } = channel;

    public List<OutboundMessage> Sent { get; } = [];

    public Func<OutboundMessage, OutboundReceipt> Answer { get; set; } = m => new OutboundReceipt(OutboundReceipt.Sent, "p-" + m.MessageId);

    public Task<OutboundReceipt> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        lock (Sent)
        {
            Sent.Add(message);
        }

        return Task.FromResult(Answer(message));
    }
}
