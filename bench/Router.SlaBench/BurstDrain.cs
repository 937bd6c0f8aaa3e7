using System.Diagnostics;

namespace Router.SlaBench;

/// <summary>A burst drained: events due at once, the <c>sla_fire</c> calls it took and the wall time of the whole drain.</summary>
internal sealed record BurstFigures(int Pending, int Events, int Calls, TimeSpan Drain, double ServerMicrosPerEvent, bool AofRewrite)
{
    public double EventsPerSecond => Events / Drain.TotalSeconds;
}

/// <summary>
/// Many events due at the same instant, as on a business-hours calendar: every item that arrived while the office was
/// closed starts its clock at the opening, so all their 50 % steps (and all their breaches) fall on the same
/// millisecond. One tick then loops as <see cref="Sla.SlaTickJob.FireDueAsync"/> does (batches of 500 until a batch is
/// not full); the last event of the burst fires as late as the whole drain takes.
/// </summary>
internal static class BurstDrain
{
    public static async Task<BurstFigures> RunAsync(SlaWorkspace workspace, StackExchange.Redis.IServer server, DueItems due, int events)
    {
        await due.CreateAsync((events + due.EventsPerItem - 1) / due.EventsPerItem);
        var pending = (int)await workspace.Db.SortedSetLengthAsync(workspace.Keys.SlaDue);
        var rewrites = await AofRewrites.WaitThenWatchAsync(server);
        var stats = await CommandStats.StartAsync(server);
        var clock = Stopwatch.StartNew();
        int calls = 0, total = 0, handled;
        do
        {
            handled = await workspace.FireAsync(Sla.SlaTickJob.Batch);
            total += handled;
            calls++;
        }
        while (handled >= Sla.SlaTickJob.Batch);
        var drain = clock.Elapsed;
        var (_, micros) = await stats.StopAsync();
        var figures = new BurstFigures(pending, total, calls, drain, micros / (double)total, await rewrites.OverlappedAsync());
        Console.WriteLine($"  burst: {total:N0} events due at once ({pending - total:N0} other timers pending) drained in {calls} sla_fire calls, "
            + $"{figures.Drain.TotalMilliseconds:F0} ms ({figures.EventsPerSecond:N0} events/s), "
            + $"in Redis {figures.ServerMicrosPerEvent:F1} µs/event; AOF rewrite during: {(figures.AofRewrite ? "yes" : "no")}; {Machine.Load()}");
        return figures;
    }
}
