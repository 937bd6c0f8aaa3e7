using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>The figures of one backlog size.</summary>
internal sealed record BacklogFigures(int Backlog, IngestFigures Burst, double DrainOffersPerSecond);

/// <summary>
/// Backlog: the queue <c>general</c> holds <c>B</c> fax items at priority 0 that no agent can take (no fax capacity),
/// so every dispatch call must look past them. Measured items come at priority 10, ahead of the backlog in the same
/// sorted set. Then two figures: ingest → offer of a burst through HTTP with agents free, and the drain rate of
/// <c>--drain-items</c> queued items when every agent becomes available at once.
/// </summary>
internal static class BacklogPhase
{
    private const int MeasuredPriority = 10;
    private const int BacklogPriority = 0;

    public static async Task<BacklogFigures> RunAsync(DriverOptions options, IConnectionMultiplexer redis, int backlog)
    {
        await using var run = await BenchRun.StartAsync(options, redis, options.Concurrency);
        Capacity.Check(run.Roster, Math.Max(options.Warmup, options.WarmupMax) + options.BatchItems + options.DrainItems, "--warmup-max + --batch-items + --drain-items");
        var seeder = new BacklogSeeder(run.Workspace, TimeProvider.System);
        if (backlog > 0)
        {
            var meter = await run.MeterAsync();
            await seeder.SeedAsync(backlog, "fax", BenchRun.Queue, BacklogPriority);
            Console.WriteLine($"backlog={backlog} seeded through intake.lua (no HTTP): {await meter.StopAsync((backlog, "item"))}");
        }

        await run.Roster.SetStatusAsync(run.Api, "available");
        await run.WarmUpAsync(MeasuredPriority);
        await run.GrowKeyTableAsync(options.BatchItems + options.DrainItems);
        var (burst, burstUsage) = await run.MeasureBurstAsync(options.BatchItems, MeasuredPriority, $"b{backlog}");
        Console.WriteLine($"backlog={backlog} burst items={options.BatchItems} concurrency={options.Concurrency} {burst}");
        Console.WriteLine($"  {burstUsage}");

        var offersPerSecond = await DrainAsync(run, seeder, options.DrainItems);
        var queued = await run.Workspace.Db.SortedSetLengthAsync(run.Workspace.Keys.Queue(BenchRun.Queue));
        Console.WriteLine($"  queue length after: {queued} (the backlog stays: no agent takes fax)");
        return new BacklogFigures(backlog, burst, offersPerSecond);
    }

    // Agents go away, items are queued through the script, then all agents come back within milliseconds (pipelined
    // script calls) and one status change through the API wakes the dispatcher, as it would in production.
    private static async Task<double> DrainAsync(BenchRun run, BacklogSeeder seeder, int count)
    {
        await run.Roster.SetStatusDirectAsync(run.Workspace, "away");
        var ids = await seeder.SeedAsync(count, "api", BenchRun.Queue, MeasuredPriority);
        var meter = await run.MeterAsync();
        await run.Roster.SetStatusDirectAsync(run.Workspace, "available");
        await run.Api.SetStatusAsync(run.Roster.Ids[0], "available");
        await run.WaitOffersAsync(count);
        var usage = await meter.StopAsync((count, "offer"));
        string[] seededIds = [.. ids];
        var seeded = new IngestResult(seededIds, new double[seededIds.Length], new double[seededIds.Length], new bool[seededIds.Length]);
        var offered = (await OfferTimes.WaitAsync(run.Workspace, seeded, TimeSpan.FromSeconds(5))).OfferedMs
            .Where(o => !double.IsNaN(o)).Order().ToArray();
        var offersPerSecond = (offered.Length - 1) / ((offered[^1] - offered[0]) / 1000);
        Console.WriteLine($"  drain offers={offered.Length} offers/s={offersPerSecond:F0} (first→last inbox entry, Redis's clock) {usage}");
        return offersPerSecond;
    }
}
