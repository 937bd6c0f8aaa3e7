using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Router.Redis;
using Router.Routing;
using StackExchange.Redis;
using static Router.Observability.RouterTelemetry;

namespace Router.Observability;

/// <summary>
/// Reads what the observable gauges show from Redis: ZCARD and the oldest entry of each queue of the routing
/// policy in force, and XLEN of the bus outbox. One pipelined read serves every gauge and every scrape for
/// <see cref="TelemetryOptions.GaugeCacheSeconds"/>, so scrapes never hammer Redis. When Redis does not answer the
/// gauges report nothing (rather than stale figures) until a later read succeeds.
/// </summary>
internal sealed class RedisGauges(
    IConnectionMultiplexer redis,
    RedisKeys keys,
    IRoutingPolicySource rules,
    IOptions<TelemetryOptions> options,
    TimeProvider time,
    ILogger<RedisGauges> logger)
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);
    private readonly Lock gate = new();
    private GaugeSnapshot snapshot = GaugeSnapshot.None;
    private long? readAt;

    public IEnumerable<Measurement<long>> Depths() =>
        Current().Queues.Select(q => new Measurement<long>(q.Depth, new KeyValuePair<string, object?>(Tags.Queue, q.Name)));

    public IEnumerable<Measurement<double>> OldestWaits()
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return Current().Queues.Select(q => new Measurement<double>(
            q.OldestEnqueuedAt is { } at ? Math.Max(0, (now - at) / 1000.0) : 0,
            new KeyValuePair<string, object?>(Tags.Queue, q.Name)));
    }

    public IEnumerable<Measurement<long>> OutboxLag() =>
        Current() is { Ok: true } current ? [new Measurement<long>(current.OutboxLength)] : [];

    private GaugeSnapshot Current()
    {
        // Gauge callbacks are synchronous and run once per collection; the lock makes concurrent scrapes share one read.
        lock (gate)
        {
            if (readAt is { } at && time.GetElapsedTime(at) < TimeSpan.FromSeconds(options.Value.GaugeCacheSeconds))
            {
                return snapshot;
            }

            readAt = time.GetTimestamp(); // also on failure: an outage costs one timed-out read per period, not one per scrape
            try
            {
                snapshot = ReadAsync().WaitAsync(ReadTimeout).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Log.GaugeReadFailed(logger, ex);
                snapshot = GaugeSnapshot.None;
            }

            return snapshot;
        }
    }

    private async Task<GaugeSnapshot> ReadAsync()
    {
        var db = redis.GetDatabase();
        var reads = rules.Current.Queues.Select(q => (
            q.Name,
            Depth: db.SortedSetLengthAsync(keys.Queue(q.Name)),
            Oldest: db.SortedSetRangeByRankWithScoresAsync(keys.QueueAge(q.Name), 0, 0))).ToArray();
        var outbox = OutboxLengthAsync(db);
        var queues = new List<QueueGauge>(reads.Length);
        foreach (var (name, depth, oldest) in reads)
        {
            var head = await oldest;
            queues.Add(new QueueGauge(name, await depth, head.Length == 0 ? null : (long)head[0].Score));
        }

        return new GaugeSnapshot(true, queues, await outbox);
    }

    // The bus keeps its outbox as a stream and trims what the broker took, so its length is the lag. A workspace
    // without a bus has no such key (XLEN answers 0); anything else under that name is not ours to judge.
    private async Task<long> OutboxLengthAsync(IDatabase db)
    {
        try
        {
            return await db.StreamLengthAsync(keys.Prefix + "outbox");
        }
        catch (RedisServerException)
        {
            return 0;
        }
    }
}
