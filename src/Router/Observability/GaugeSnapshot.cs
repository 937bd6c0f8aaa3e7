namespace Router.Observability;

/// <summary>One read of the Redis-backed gauges.</summary>
/// <param name="Ok">False when Redis did not answer; then nothing is reported.</param>
internal sealed record GaugeSnapshot(bool Ok, IReadOnlyList<QueueGauge> Queues, long OutboxLength)
{
    public static readonly GaugeSnapshot None = new(false, [], 0);
}

/// <summary>A queue's waiting items and when the oldest of them entered it (Unix ms), null when empty.</summary>
internal sealed record QueueGauge(string Name, long Depth, long? OldestEnqueuedAt);
