namespace Router.LoadDriver;

/// <summary>The closing table and the targets, each marked met or missed.</summary>
internal static class Summary
{
    private const double TargetItemsPerSecond = 5000;
    private const double TargetP99Ms = 20;
    private const double FlatWithin = 0.20;

    public static void Print(
        DriverOptions options,
        IReadOnlyList<(int Concurrency, IngestFigures Figures)> free,
        IReadOnlyList<(double Rate, IngestFigures Figures)> paced,
        IReadOnlyList<BacklogFigures> backlogs)
    {
        Console.WriteLine("== summary ==");
        foreach (var (concurrency, f) in free)
        {
            Console.WriteLine($"phase=free agents={options.Agents} items={f.Items} concurrency={concurrency} items/s={f.ItemsPerSecond:F0} send→offer {f.SendToOffer}");
        }

        foreach (var (rate, f) in paced)
        {
            Console.WriteLine($"phase=paced agents={options.Agents} items={f.Items} rate={rate:F0}/s items/s={f.ItemsPerSecond:F0} send→offer {f.SendToOffer}");
        }

        var baseline = backlogs.Count > 0 ? backlogs[0] : null;
        foreach (var b in backlogs)
        {
            Console.WriteLine(
                $"backlog={b.Backlog,-8} send→offer p50={b.Burst.SendToOffer.P50:F1}ms p99={b.Burst.SendToOffer.P99:F1}ms items/s={b.Burst.ItemsPerSecond:F0}"
                + $" ({Delta(b.Burst.ItemsPerSecond, baseline?.Burst.ItemsPerSecond)}) drain offers/s={b.DrainOffersPerSecond:F0} ({Delta(b.DrainOffersPerSecond, baseline?.DrainOffersPerSecond)})");
        }

        var main = free.FirstOrDefault(f => f.Concurrency == options.Concurrency).Figures ?? (free.Count > 0 ? free[0].Figures : null);
        if (main is not null)
        {
            Console.WriteLine($"target items/s >= {TargetItemsPerSecond}: {Verdict(main.ItemsPerSecond >= TargetItemsPerSecond)} ({main.ItemsPerSecond:F0})");
            Console.WriteLine($"target p99 <= {TargetP99Ms} ms at {main.ItemsPerSecond:F0} items/s, {options.Concurrency} in flight: {Verdict(main.SendToOffer.P99 <= TargetP99Ms)} ({main.SendToOffer.P99:F1} ms)");
        }

        foreach (var (rate, f) in paced)
        {
            Console.WriteLine($"target p99 <= {TargetP99Ms} ms at a steady {rate:F0} items/s: {Verdict(f.SendToOffer.P99 <= TargetP99Ms && f.Missing == 0)} ({f.SendToOffer.P99:F1} ms)");
        }

        if (baseline is not null && backlogs.Count > 1)
        {
            var drainFlat = backlogs.All(b => Math.Abs(b.DrainOffersPerSecond / baseline.DrainOffersPerSecond - 1) <= FlatWithin);
            var burstFlat = backlogs.All(b => Math.Abs(b.Burst.ItemsPerSecond / baseline.Burst.ItemsPerSecond - 1) <= FlatWithin);
            Console.WriteLine($"target flat within ±{FlatWithin:P0} of backlog={baseline.Backlog}: drain offers/s {Verdict(drainFlat)}, burst items/s {Verdict(burstFlat)}");
        }
    }

    private static string Delta(double value, double? baseline) =>
        baseline is { } b && b > 0 ? $"{(value / b - 1) * 100:+0;-0;0}%" : "n/a";

    private static string Verdict(bool met) => met ? "MET" : "MISSED";
}
