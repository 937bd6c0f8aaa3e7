using System.Diagnostics;
using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>
/// Redis's forked child: an RDB save or an AOF rewrite. While one runs, every fsync is slower (the child writes too)
/// and Redis does not resize its key table until keys reach five times its slots, so the driver measures nothing and
/// grows nothing until it has ended.
/// </summary>
internal static class RedisChildProcess
{
    /// <summary>Waits until no save or AOF rewrite runs or is scheduled, saying so when that took over a second.</summary>
    public static async Task WaitEndedAsync(IServer redis, string before)
    {
        var clock = Stopwatch.StartNew();
        while (await RunningAsync(redis))
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"Redis's save or AOF rewrite still running after 10 minutes, {before}.");
            }

            await Task.Delay(100);
        }

        if (clock.Elapsed > TimeSpan.FromSeconds(1))
        {
            Console.Error.WriteLine($"  waited {clock.Elapsed.TotalSeconds:F0}s for Redis's save or AOF rewrite to end, {before}");
        }
    }

    public static async Task<bool> RunningAsync(IServer redis)
    {
        var persistence = (await redis.InfoAsync("persistence")).SelectMany(g => g).ToArray();
        return persistence.Any(e =>
            e.Key is "rdb_bgsave_in_progress" or "aof_rewrite_in_progress" or "aof_rewrite_scheduled" && e.Value != "0");
    }
}
