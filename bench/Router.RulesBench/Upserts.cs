using System.Diagnostics;
using Router.Agents;
using StackExchange.Redis;

namespace Router.RulesBench;

/// <summary>One pass of <c>AgentStore.UpsertAsync</c> over every agent: wall time, per-call latency and CPU use.</summary>
internal sealed record UpsertRun(TimeSpan Wall, TimeSpan[] Latencies, double RedisCores, double BenchCores, double OtherCores)
{
    public string Describe(int agents)
    {
        var sorted = Latencies.Order().ToArray();
        return $"{agents / Wall.TotalSeconds:N0} agents/s; per call p50 {At(sorted, 0.5):F2} ms, p99 {At(sorted, 0.99):F2} ms; "
            + $"cores busy: Redis {RedisCores:F2}, bench {BenchCores:F2}, other processes {OtherCores:F2}";
    }

    private static double At(TimeSpan[] sorted, double quantile) => sorted[(int)(quantile * (sorted.Length - 1))].TotalMilliseconds;
}

/// <summary>Runs <c>UpsertAsync</c> for every agent with at most a given number of calls in flight.</summary>
internal static class Upserts
{
    public static async Task<UpsertRun> RunAsync(AgentStore store, IServer server, Roster roster, IReadOnlyList<string>[] pools, int concurrency)
    {
        var latencies = new TimeSpan[roster.Count];
        var cpu = await RedisCpu.StartAsync(server);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, roster.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (i, _) =>
            {
                var start = Stopwatch.GetTimestamp();
                await store.UpsertAsync(roster.Agents[i].Id, roster.Agents[i].Profile, pools[i]);
                latencies[i] = Stopwatch.GetElapsedTime(start);
            });
        var (wall, redis, self, others) = await cpu.StopAsync();
        return new UpsertRun(wall, latencies, redis, self, others);
    }
}
