using Microsoft.Extensions.Options;
using Router.Channels;
using Router.Dispatch;
using Router.Hosting;

namespace Router.Items;

/// <summary>
/// Turns inbound messages into queued work items: picks queue and priority (the request's, else config defaults),
/// stores the item durably and idempotently, then wakes the dispatcher.
/// </summary>
internal sealed class Intake(
    ItemStore store,
    IDispatchSignal dispatch,
    IOptionsMonitor<RouterOptions> options,
    TimeProvider time,
    ILogger<Intake> logger) : IInboundSink
{
    /// <inheritdoc />
    public Task<InboundReceipt> AcceptAsync(InboundMessage message, CancellationToken cancellationToken) =>
        AcceptAsync(message, queue: null, priority: null);

    /// <summary>As <see cref="AcceptAsync(InboundMessage, CancellationToken)"/>, with queue and priority chosen by the caller.</summary>
    public async Task<InboundReceipt> AcceptAsync(InboundMessage message, string? queue, int? priority)
    {
        var config = options.CurrentValue;
        var reason = queue is null ? "default queue from config" : "queue named by the request";
        var targetQueue = queue ?? config.DefaultQueue;
        var id = Guid.CreateVersion7(time.GetUtcNow()).ToString();
        var channel = message.Channel.Name();
        var (itemId, created) = await store.CreateAsync(
            id,
            string.IsNullOrEmpty(message.IdempotencyKey) ? null : message.IdempotencyKey,
            channel,
            targetQueue,
            priority ?? config.DefaultPriority,
            new ItemContent(message.Contact, message.Subject, message.Text, message.Attributes),
            reason);
        if (created)
        {
            Log.ItemCreated(logger, itemId, channel, targetQueue);
            dispatch.Signal(targetQueue);
        }
        else
        {
            Log.DuplicateIgnored(logger, itemId, channel);
        }

        return new InboundReceipt(itemId, created);
    }
}
