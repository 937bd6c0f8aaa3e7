using System.Diagnostics;
using Router.Agents;
using StackExchange.Redis;

namespace Router.RulesBench;

/// <summary>
/// Part 2b: what <c>AgentPoolReconciler</c> does to Redis after a reload, for every agent: first its loop as it is
/// (list profiles, derive pools, <c>UpsertAsync</c>, one at a time), then <c>UpsertAsync</c> alone at several bounds
/// of concurrent calls. Each figure is the median of several passes.
/// </summary>
internal static class ReconcileBench
{
    private const int SetupConcurrency = 32;

    public static async Task RunAsync(IConnectionMultiplexer redis, BenchOptions options, Roster roster, Report report)
    {
        var server = redis.GetServers()[0];
        Console.WriteLine();
        Console.WriteLine("== Agent upsert against Redis ==");
        Console.WriteLine(await Machine.DescribeAsync(server));
        await using var workspace = new BenchWorkspace(redis);
        var store = workspace.Agents;
        Console.WriteLine($"workspace {workspace.Name}; every agent is made available first, so each upsert also rewrites its pools' avail and ready sets; "
            + $"each figure is the median of {options.RedisReps} passes over all agents");

        var created = await Upserts.RunAsync(store, server, roster, roster.PoolsA, SetupConcurrency);
        report.Add($"create {roster.Count:N0} agents, {SetupConcurrency} concurrent", $"{created.Wall.TotalSeconds:F2} s", created.Describe(roster.Count));
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(roster.Agents, new ParallelOptions { MaxDegreeOfParallelism = SetupConcurrency },
            async (agent, _) => await store.SetStatusAsync(agent.Id, AgentStatuses.Available, "bench"));
        Console.WriteLine($"  made {roster.Count:N0} agents available in {clock.Elapsed.TotalSeconds:F2} s ({SetupConcurrency} concurrent)");

        clock.Restart();
        var listed = await store.ListProfilesAsync().CountAsync();
        report.Add($"ListProfilesAsync, {listed:N0} agents (the reconciler's reads)", $"{clock.Elapsed.TotalSeconds:F2} s");

        // Every pass moves the agents to the other policy's pools, as a reload that changes them would.
        var inB = false;
        bool NextIsB() => inB = !inB;
        await MedianAsync("reconcile loop as today (list + pools + UpsertAsync, sequential)", () =>
            AsTodayAsync(store, new AgentPools(new FixedPolicySource(NextIsB() ? roster.B : roster.A)), server));
        foreach (var concurrency in options.Concurrency)
        {
            await MedianAsync($"UpsertAsync, {(concurrency == 1 ? "sequential" : $"{concurrency} concurrent")}", () =>
                Upserts.RunAsync(store, server, roster, NextIsB() ? roster.PoolsB : roster.PoolsA, concurrency));
        }

        async Task MedianAsync(string figure, Func<Task<UpsertRun>> pass)
        {
            var commands = await CommandStats.StartAsync(server);
            var runs = new List<UpsertRun>();
            for (var i = 0; i < options.RedisReps; i++)
            {
                runs.Add(await pass());
            }

            var median = runs.OrderBy(r => r.Wall).ElementAt(runs.Count / 2);
            report.Add($"{figure}, {roster.Count:N0} agents", $"{median.Wall.TotalSeconds:F2} s",
                $"{median.Describe(roster.Count)}; passes {string.Join(" / ", runs.Select(r => r.Wall.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} s");
            Console.WriteLine($"    {await commands.DescribeAsync(roster.Count * runs.Count)}");
        }
    }

    /// <summary>The body of <c>AgentPoolReconciler.ReconcileAsync</c>, minus its log line and dispatch signals.</summary>
    private static async Task<UpsertRun> AsTodayAsync(AgentStore store, AgentPools pools, IServer server)
    {
        var cpu = await RedisCpu.StartAsync(server);
        var latencies = new List<TimeSpan>();
        await foreach (var (id, profile) in store.ListProfilesAsync())
        {
            var start = Stopwatch.GetTimestamp();
            await store.UpsertAsync(id, profile, pools.For(id, profile));
            latencies.Add(Stopwatch.GetElapsedTime(start));
        }

        var (wall, redis, self, others) = await cpu.StopAsync();
        return new UpsertRun(wall, [.. latencies], redis, self, others);
    }
}
