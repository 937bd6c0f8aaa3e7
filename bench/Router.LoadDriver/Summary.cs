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

        // Repeated phases: each concurrency's runs, judged on their medians (the same phase moves ±10 % between runs here).
        var groups = free.GroupBy(f => f.Concurrency, f => f.Figures).ToList();
        var medians = groups
            .Select(g => (Concurrency: g.Key, Runs: g.Count(),
                ItemsPerSecond: Median(g.Select(f => f.ItemsPerSecond)), P99: Median(g.Select(f => f.SendToOffer.P99))))
            .ToList();
        foreach (var (m, runs) in medians.Zip(groups).Where(p => p.First.Runs > 1))
        {
            Console.WriteLine($"phase=free concurrency={m.Concurrency} median of {m.Runs}: items/s={m.ItemsPerSecond:F0} ({runs.Min(f => f.ItemsPerSecond):F0}–{runs.Max(f => f.ItemsPerSecond):F0})"
                + $" p99={m.P99:F1}ms ({runs.Min(f => f.SendToOffer.P99):F1}–{runs.Max(f => f.SendToOffer.P99):F1})");
        }

        if (medians.Count > 0)
        {
            var main = medians.FirstOrDefault(m => m.Concurrency == options.Concurrency);
            main = main.Runs > 0 ? main : medians[0];
            var of = main.Runs > 1 ? $", median of {main.Runs} runs" : "";
            Console.WriteLine($"target items/s >= {TargetItemsPerSecond}: {Verdict(main.ItemsPerSecond >= TargetItemsPerSecond)} ({main.ItemsPerSecond:F0}{of})");
            Console.WriteLine($"target p99 <= {TargetP99Ms} ms at {main.ItemsPerSecond:F0} items/s, {main.Concurrency} in flight: {Verdict(main.P99 <= TargetP99Ms)} ({main.P99:F1} ms{of})");
        }

        // Throughput at a latency objective: the best rate among the concurrencies tried whose p99 kept to it.
        if (medians.Count > 1)
        {
            var kept = medians.Where(m => m.P99 <= TargetP99Ms).OrderByDescending(m => m.ItemsPerSecond).Take(1).ToList();
            Console.WriteLine(kept is [var best]
                ? $"both targets at one concurrency: {Verdict(best.ItemsPerSecond >= TargetItemsPerSecond)} (best with p99 <= {TargetP99Ms} ms: {best.ItemsPerSecond:F0} items/s at {best.Concurrency} in flight, p99 {best.P99:F1} ms)"
                : $"both targets at one concurrency: MISSED (no concurrency tried kept p99 <= {TargetP99Ms} ms)");
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

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Delta(double value, double? baseline) =>
        baseline is { } b && b > 0 ? $"{(value / b - 1) * 100:+0;-0;0}%" : "n/a";

    private static string Verdict(bool met) => met ? "MET" : "MISSED";
}
