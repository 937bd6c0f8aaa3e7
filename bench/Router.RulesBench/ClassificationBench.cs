using Router.Items;
using Router.Rules.Routing;

namespace Router.RulesBench;

/// <summary>
/// Part 1: compile time of the generated file and items/s of <see cref="RoutingPolicy.Classify"/>, single-threaded
/// and on all cores, with how many rules an item costs.
/// </summary>
internal static class ClassificationBench
{
    public static RoutingPolicy Run(BenchOptions options, Report report)
    {
        var json = RoutingFileGenerator.Generate(options.Seed, options.Queues, options.Rules);
        var policy = CompileBench.Run(json, options, report);
        var items = ItemGenerator.Generate(options.Seed + 1, options.Items, options.FallThrough);
        var fallThrough = items.Where(i => i.FallThrough).ToArray();
        Console.WriteLine($"items: {items.Length:N0}, of which {fallThrough.Length:N0} built to match no rule; median of {options.Reps} runs after at least 2 s of warm-up");

        var evaluated = RulesTried.Describe(policy, items, report);
        var single = Timing.Measure(options.Reps, () => ClassifyAll(policy, items));
        report.Add("classify, 1 thread, mixed items", $"{single.Rate(items.Length):N0} items/s", Per(single, items.Length, evaluated));

        var worst = Timing.Measure(options.Reps, () => ClassifyAll(policy, fallThrough));
        report.Add("classify, 1 thread, fall-through items", $"{worst.Rate(fallThrough.Length):N0} items/s", Per(worst, fallThrough.Length, policy.Rules.Count));

        var all = Timing.Measure(options.Reps, () => ClassifyParallel(policy, items));
        report.Add($"classify, Parallel.For on {Environment.ProcessorCount} cores, mixed items", $"{all.Rate(items.Length):N0} items/s", all.Describe());

        var intake = Timing.Measure(options.Reps, () => ClassifyAsIntake(policy, items));
        report.Add("ItemFacts.From + classify, 1 thread (intake's path)", $"{intake.Rate(items.Length):N0} items/s", Per(intake, items.Length, evaluated));

        var bare = Timing.Measure(options.Reps, () => FirstMatchOnly(policy, items));
        report.Add("same rules, bare When.Evaluate loop (no Classification/NotMatched), 1 thread", $"{bare.Rate(items.Length):N0} items/s", Per(bare, items.Length, evaluated));

        RuleShapeCosts.Print(policy, items, options.Reps);
        RegexCosts.Print(items, options.Reps);
        return policy;
    }

    private static string Per(Timing timing, int items, double rulesPerItem) =>
        $"{timing.Median.TotalMicroseconds / items:F1} µs/item, {timing.Median.TotalNanoseconds / (items * rulesPerItem):F0} ns/rule tried, "
        + $"{timing.AllocatedBytesPerRun / items:N0} B allocated/item, {timing.CollectionsPerRun:F0} gen0 GCs/run; {timing.Describe()}";

    private static void ClassifyAll(RoutingPolicy policy, GeneratedItem[] items)
    {
        var tried = 0L;
        foreach (var item in items)
        {
            tried += policy.Classify(item.Facts).NotMatched.Count;
        }

        Sink.Keep(tried);
    }

    private static void ClassifyParallel(RoutingPolicy policy, GeneratedItem[] items)
    {
        var tried = 0L;
        Parallel.For(
            0,
            items.Length,
            () => 0L,
            (i, _, local) => local + policy.Classify(items[i].Facts).NotMatched.Count,
            local => Interlocked.Add(ref tried, local));
        Sink.Keep(tried);
    }

    private static void ClassifyAsIntake(RoutingPolicy policy, GeneratedItem[] items)
    {
        var tried = 0L;
        foreach (var item in items)
        {
            tried += policy.Classify(ItemFacts.From(item.Message)).NotMatched.Count;
        }

        Sink.Keep(tried);
    }

    private static void FirstMatchOnly(RoutingPolicy policy, GeneratedItem[] items)
    {
        var tried = 0L;
        foreach (var item in items)
        {
            foreach (var rule in policy.Rules)
            {
                tried++;
                if (rule.When.Evaluate(item.Facts))
                {
                    break;
                }
            }
        }

        Sink.Keep(tried);
    }
}
