using Microsoft.Extensions.Options;
using Router.Hosting;
using Router.Redis;

namespace Router.Items;

/// <summary>
/// Deletes completed items once <see cref="RetentionOptions.CompletedItemDays"/> have passed since their completion
/// (<c>purge.lua</c>), each with an <c>item.purged</c> event. Safe on every instance: each batch is one script call, and
/// an item leaves the index in the call that deletes it. Items completed before this existed are not in the index and
/// stay (docs/operations.md says how to remove them).
/// </summary>
internal sealed class CompletedItemPurger(
    RouterScripts scripts,
    RedisKeys keys,
    IOptionsMonitor<RetentionOptions> options,
    TimeProvider time,
    ILogger<CompletedItemPurger> logger) : PeriodicRedisWork(time)
{
    private const int Batch = 200;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.CurrentValue.PurgeIntervalSeconds);

    protected override Task RunOnceAsync() => PurgeAsync();

    protected override void Failed(Exception exception) => Log.PurgeFailed(logger, exception);

    /// <summary>Purges every completed item past its retention, a batch per script call; returns how many went.</summary>
    internal async Task<int> PurgeAsync()
    {
        var days = options.CurrentValue.CompletedItemDays;
        if (days <= 0)
        {
            return 0;
        }

        var cutoff = (Time.GetUtcNow() - TimeSpan.FromDays(days)).ToUnixTimeMilliseconds();
        var total = 0;
        int purged;
        do
        {
            purged = (int)await scripts.RunAsync(RouterScript.Purge, keys.CompletedItems, cutoff, Batch);
            total += purged;
        }
        while (purged >= Batch);

        if (total > 0)
        {
            Log.ItemsPurged(logger, total, days);
        }

        return total;
    }
}
