using System.Diagnostics;

namespace Router.RulesBench;

/// <summary>
/// A Stopwatch measurement: warm-up runs until tiered JIT has settled, then measured runs of the same body. Reports
/// the median, which one slow run (a GC, another process on the cores) does not move, beside min and max.
/// </summary>
internal sealed record Timing(IReadOnlyList<TimeSpan> Runs, long AllocatedBytesPerRun, double CollectionsPerRun, double OtherCores)
{
    // Tier-1 code (with dynamic PGO) replaces tier-0 some 100 ms after a method gets hot, and again for loops
    // after OSR; after a single short warm-up run a trial still measured 2-5x slower code, so warm up by time.
    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(2);

    public TimeSpan Median => Runs.Order().ElementAt(Runs.Count / 2);

    public TimeSpan Min => Runs.Min();

    public TimeSpan Max => Runs.Max();

    /// <summary>Runs <paramref name="body"/> at least once and for 2 s to warm up, then <paramref name="reps"/> times measured.</summary>
    /// <remarks>Allocations are counted on the calling thread only: right for single-threaded bodies, zero-ish otherwise.</remarks>
    public static Timing Measure(int reps, Action body)
    {
        var warmUp = Stopwatch.StartNew();
        do
        {
            body();
        }
        while (warmUp.Elapsed < MinimumWarmUp);

        var runs = new List<TimeSpan>(reps);
        var others = new OtherLoad();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        for (var i = 0; i < reps; i++)
        {
            var clock = Stopwatch.StartNew();
            body();
            runs.Add(clock.Elapsed);
        }

        return new Timing(
            runs,
            (GC.GetAllocatedBytesForCurrentThread() - allocated) / reps,
            (GC.CollectionCount(0) - collections) / (double)reps,
            others.Cores());
    }

    /// <summary>Units per second at the median run.</summary>
    public double Rate(long units) => units / Median.TotalSeconds;

    /// <summary>e.g. <c>median 812.4 ms (min 790.1, max 901.7, 5 runs; others used 0.1 cores)</c>.</summary>
    public string Describe() =>
        $"median {Median.TotalMilliseconds:F1} ms (min {Min.TotalMilliseconds:F1}, max {Max.TotalMilliseconds:F1}, {Runs.Count} runs; other processes used {OtherCores:F2} cores)";
}
