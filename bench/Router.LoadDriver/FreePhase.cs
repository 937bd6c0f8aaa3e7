using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>
/// Agents free: every agent available with room to spare, an empty queue, items pushed through HTTP as fast as
/// <c>concurrency</c> requests in flight allow, or at a fixed rate. Nobody accepts, so the roster's slots must
/// outnumber the items.
/// </summary>
internal static class FreePhase
{
    public static async Task<IngestFigures> RunAsync(DriverOptions options, IConnectionMultiplexer redis, int concurrency, double? rate = null)
    {
        await using var run = await BenchRun.StartAsync(options, redis, concurrency, rate);
        Capacity.Check(run.Roster, Math.Max(options.Warmup, options.WarmupMax) + options.Items, "--warmup-max + --items");
        await run.Roster.SetStatusAsync(run.Api, "available");
        await run.WarmUpAsync(priority: null);
        await run.GrowKeyTableAsync(options.Items);
        var (figures, usage) = await run.MeasureBurstAsync(options.Items, priority: null, "free");
        Console.WriteLine(rate is { } r
            ? $"phase=paced agents={options.Agents} items={options.Items} rate={r:F0}/s (at most {concurrency} in flight) {figures}"
            : $"phase=free agents={options.Agents} items={options.Items} concurrency={concurrency} {figures}");
        Console.WriteLine($"  {usage}");
        return figures;
    }
}
