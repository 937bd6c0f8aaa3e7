using Router.Rules.Routing;
using StackExchange.Redis;

namespace Router.Dispatch;

/// <summary>
/// The arguments <c>dispatch_queue</c> (in <c>_lib.lua</c>) takes for one queue: queue, offer ttl, batch, scan depth,
/// then each target step as (start ms in queue, pool or '' for overflow, agents expression for the history).
/// </summary>
internal static class DispatchArguments
{
    public static List<RedisValue> For(RoutingQueue queue, DispatchOptions config)
    {
        var args = new List<RedisValue>(5 + (3 * queue.Steps.Count))
        {
            queue.Name, config.OfferTimeoutSeconds * 1000, config.BatchSize, config.ScanDepth, queue.Steps.Count,
        };
        foreach (var step in queue.Steps)
        {
            args.Add((long)step.StartsAfter.TotalMilliseconds);
            args.Add(step.Agents is null ? "" : step.Pool);
            args.Add(step.Agents?.ToString() ?? $"overflow to {step.OverflowTo}");
        }

        return args;
    }
}
