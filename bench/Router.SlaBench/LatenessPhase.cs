using Router.Bench;
using System.Diagnostics;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>The figures of one lateness run.</summary>
/// <param name="SlowTicks">Server time, µs, of the router's own <c>sla_fire</c> calls that took 1 ms or more (slow log).</param>
/// <param name="DueAfter">Members left in <c>sla:due</c> at the end: the seeded ones plus one per item (its resolution breach).</param>
/// <param name="AofRewrite">An AOF rewrite ran while the router ran.</param>
internal sealed record LatenessFigures(string Items, int Pending, FiredFigures Fired, Distribution SlowTicks, long DueAfter, bool AofRewrite);

/// <summary>
/// Lateness in the real router: the Release build runs as its own process, with the repository's appsettings.json
/// and routing.json and the bench's sla.json, in a workspace whose <c>sla:due</c> already holds P far-future timers.
/// Items come in (<see cref="ItemSource"/>: through <c>POST /v1/items</c> spread over a few seconds, or all aligned on
/// one start); the router's Quartz tick (default 250 ms) fires their steps; then every item's history is checked
/// against its plan.
/// </summary>
internal static class LatenessPhase
{
    /// <summary>How long past the last due time the bench waits for stragglers before counting them missed.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<LatenessFigures> RunAsync(BenchOptions options, IConnectionMultiplexer redis, BenchPolicy policy, int pending, ItemSource source)
    {
        await using var workspace = new SlaWorkspace(redis);
        var seedTime = await new PendingSeeder(workspace).GrowToAsync(pending);
        Console.WriteLine($"lateness, {source.Name}: workspace {workspace.Name}, {pending:N0} pending timers seeded in {seedTime.TotalSeconds:F1} s; {Machine.Load()}");
        using var config = RouterConfigDir.Create(options.ConfigDir, policy.SlaFile);
        var server = redis.GetServers()[0];
        string[] ids;
        Distribution slowTicks;
        var rewrites = await AofRewrites.WaitThenWatchAsync(server);
        await using (var slowLog = await SlowLog.StartAsync(server))
        {
            await using var router = await RouterProcess.StartAsync(options.RouterDll, config.Path, options.Redis!, workspace.Name);
            (ids, var lastDue) = await source.CreateAsync(router, workspace, policy);
            await WaitAsync(workspace, lastDue);
            slowTicks = await slowLog.SlowTicksAsync(workspace.Keys.SlaDue);
        }

        var rewrite = await rewrites.OverlappedAsync();
        var fired = await FiredSteps.ReadAsync(workspace, policy, ids);
        var dueAfter = await workspace.Db.SortedSetLengthAsync(workspace.Keys.SlaDue);
        Console.WriteLine($"  {FiredSteps.Describe(fired)}");
        Console.WriteLine($"  lateness steps {fired.StepLateness.Describe("ms", "F0")}; breaches {fired.BreachLateness.Describe("ms", "F0")}");
        foreach (var (step, lateness) in fired.ByStep.OrderBy(s => s.Value.P50))
        {
            Console.WriteLine($"    {step}: {lateness.Describe("ms", "F0")}");
        }

        Console.WriteLine($"  router's sla_fire calls of ≥ {SlowLog.ThresholdMicros} µs in Redis: {slowTicks.Describe("µs")}; sla:due after: {dueAfter:N0}; "
            + $"AOF rewrite during: {(rewrite ? "yes" : "no")}; {Machine.Load()}");
        return new LatenessFigures(source.Name, pending, fired, slowTicks, dueAfter, rewrite);
    }

    // Waits until the last breach is due, then until nothing due by then is left in sla:due (at most Patience more);
    // then one more second, so that a duplicate from a later tick would still be seen in the histories.
    private static async Task WaitAsync(SlaWorkspace workspace, DateTimeOffset lastDue)
    {
        var wait = lastDue - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience
            && await workspace.Db.SortedSetLengthAsync(workspace.Keys.SlaDue, double.NegativeInfinity, lastDue.ToUnixTimeMilliseconds()) > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
    }
}
