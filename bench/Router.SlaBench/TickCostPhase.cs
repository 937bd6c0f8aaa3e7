using System.Diagnostics;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>The figures of one pending size: a tick with nothing due, and a tick that fires a full batch.</summary>
/// <param name="Pending">Members of <c>sla:due</c> (pending timers) when the idle ticks were measured.</param>
/// <param name="IdleMicros">Round trip of one <c>sla_fire</c> call with nothing due, client side.</param>
/// <param name="IdleServerMicros">Redis's own time per such call (INFO commandstats).</param>
/// <param name="DueMillis">Round trip of one call that fires the batch.</param>
/// <param name="DueServerMicrosPerEvent">Redis's own time per fired event, median of the rounds.</param>
/// <param name="AofRewrite">An AOF rewrite ran during the measurement.</param>
internal sealed record TickFigures(
    int Pending, TimeSpan SeedTime, Distribution IdleMicros, double IdleServerMicros, int Due, Distribution DueMillis, double DueServerMicrosPerEvent, bool AofRewrite);

/// <summary>
/// Tick cost against pending timers, in process through the router's <c>RouterScripts</c>: for each size P the
/// workspace's <c>sla:due</c> grows to P far-future members, then <c>sla_fire</c> runs as the tick runs it (batch 500),
/// first with nothing due, then with K events (steps and breaches) due on items made by the router's intake script.
/// </summary>
internal static class TickCostPhase
{
    private const int WarmUpCalls = 200;

    public static async Task<(IReadOnlyList<TickFigures> Ticks, BurstFigures? Burst)> RunAsync(BenchOptions options, IConnectionMultiplexer redis, BenchPolicy policy)
    {
        await using var workspace = new SlaWorkspace(redis);
        var seeder = new PendingSeeder(workspace);
        var due = new DueItems(workspace, policy);
        var server = redis.GetServers()[0];
        var figures = new List<TickFigures>();
        Console.WriteLine($"tick cost: workspace {workspace.Name}; {due.EventsPerItem} due events (steps and breaches) per item made {DueItems.Age.TotalSeconds:F0} s ago; {Machine.Load()}");
        foreach (var pending in options.Pending)
        {
            var seedTime = await seeder.GrowToAsync(pending);
            var size = (int)await workspace.Db.SortedSetLengthAsync(workspace.Keys.SlaDue);
            var rewrites = await AofRewrites.WaitThenWatchAsync(server);
            var (idle, idleServer) = await IdleAsync(workspace, server, options.IdleCalls);
            var (dueMillis, perEvent) = await DueAsync(workspace, server, due, options);
            var row = new TickFigures(size, seedTime, idle, idleServer, options.Due, dueMillis, perEvent, await rewrites.OverlappedAsync());
            figures.Add(row);
            Console.WriteLine($"  pending={size:N0} (seeded in {seedTime.TotalSeconds:F1} s) idle tick {idle.Describe("µs")}, "
                + $"in Redis {idleServer:F1} µs/call; {options.Due} due: {dueMillis.Describe("ms", "F2")}, in Redis {perEvent:F1} µs/event; "
                + $"AOF rewrite during: {(row.AofRewrite ? "yes" : "no")}; {Machine.Load()}");
        }

        var burst = options.Burst > 0 ? await BurstDrain.RunAsync(workspace, server, due, options.Burst) : null;
        return (figures, burst);
    }

    private static async Task<(Distribution RoundTrip, double ServerMicros)> IdleAsync(SlaWorkspace workspace, IServer server, int calls)
    {
        for (var i = 0; i < WarmUpCalls; i++)
        {
            await workspace.FireAsync(Sla.SlaTickJob.Batch);
        }

        var stats = await CommandStats.StartAsync(server);
        var micros = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var handled = await workspace.FireAsync(Sla.SlaTickJob.Batch);
            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            if (handled != 0)
            {
                throw new InvalidOperationException($"An idle tick fired {handled} events: a pending timer was due.");
            }
        }

        var (n, serverMicros) = await stats.StopAsync();
        return (Distribution.Of(micros), serverMicros / (double)n);
    }

    private static async Task<(Distribution RoundTrip, double ServerMicrosPerEvent)> DueAsync(
        SlaWorkspace workspace, IServer server, DueItems due, BenchOptions options)
    {
        var millis = new List<double>(options.DueRounds);
        var perEvent = new List<double>(options.DueRounds);
        var itemsPerRound = (options.Due + due.EventsPerItem - 1) / due.EventsPerItem;
        for (var round = 0; round < options.DueRounds; round++)
        {
            await due.CreateAsync(itemsPerRound);
            var stats = await CommandStats.StartAsync(server);
            var start = Stopwatch.GetTimestamp();
            var handled = await workspace.FireAsync(options.Due);
            millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var (_, micros) = await stats.StopAsync();
            if (handled < options.Due || handled >= options.Due + due.EventsPerItem)
            {
                // the call claims whole items until it has handled K events, so it may go past K by less than one item's
                throw new InvalidOperationException($"The tick handled {handled} events, not the {options.Due} due.");
            }

            perEvent.Add(micros / (double)handled);
            while (await workspace.FireAsync(Sla.SlaTickJob.Batch) > 0)
            {
                // a round of whole items may leave a few events beyond K: fire them, untimed
            }
        }

        return (Distribution.Of(millis), Distribution.Of(perEvent).P50);
    }
}
