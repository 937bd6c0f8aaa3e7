using Microsoft.Extensions.Options;
using Router.Agents;
using Router.Hosting;
using Router.Redis;
using Router.Routing;
using StackExchange.Redis;

namespace Router.Dispatch;

/// <summary>
/// Expires unanswered offers (their items return to their queues in their old place), ends wrap-up periods, and
/// moves items that waited past a queue's overflow step to the overflow queue.
/// Safe to run on every instance: each expiry happens inside one script call, so it happens once.
/// </summary>
internal sealed class OfferSweeper(
    RouterScripts scripts,
    RedisKeys keys,
    IDispatchSignal dispatch,
    IRoutingPolicySource rules,
    IOptionsMonitor<DispatchOptions> options,
    TimeProvider time,
    ILogger<OfferSweeper> logger) : PeriodicRedisWork(time)
{
    private const int Batch = 200;

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(options.CurrentValue.SweepIntervalMilliseconds);

    protected override Task RunOnceAsync() => SweepAsync();

    protected override void Failed(Exception exception) => Log.SweepFailed(logger, exception);

    /// <summary>Runs sweep and overflow passes until nothing is left that is due.</summary>
    internal async Task SweepAsync()
    {
        await ExpireAsync();
        await OverflowAsync();
    }

    private async Task OverflowAsync()
    {
        var policy = rules.Current;
        foreach (var queue in policy.Queues)
        {
            if (queue.Steps[^1] is not { OverflowTo: { } to } step)
            {
                continue;
            }

            int moved;
            do
            {
                moved = (int)await scripts.RunAsync(
                    RouterScript.Overflow, keys.QueueAge(queue.Name),
                    queue.Name, to, (long)step.StartsAfter.TotalMilliseconds, policy.FindQueue(to)?.Fifo == true ? "1" : "0", Batch);
                if (moved > 0)
                {
                    Routing.Log.Overflowed(logger, moved, queue.Name, to);
                    dispatch.Signal(to);
                }
            }
            while (moved >= Batch);
        }
    }

    private async Task ExpireAsync()
    {
        bool more;
        do
        {
            var result = (RedisResult[])(await scripts.RunAsync(
                RouterScript.Sweep, keys.OfferExpiry, options.CurrentValue.MissedOffersBeforeAway, Batch))!;
            more = (int)result[0] >= Batch || (int)result[1] >= Batch;
            foreach (var queue in result.Skip(2).Select(r => AgentPools.QueueOf((string)r!)).Distinct())
            {
                dispatch.Signal(queue);
            }
        }
        while (more);
    }
}
