using Router.Rules.Routing;

namespace Router.RulesBench;

/// <summary>Cost of one <c>When.Evaluate</c> per rule shape, over a sample of items: which shapes dominate a full pass.</summary>
internal static class RuleShapeCosts
{
    private const int SampleItems = 5_000;

    public static void Print(RoutingPolicy policy, GeneratedItem[] items, int reps)
    {
        var sample = items.Take(SampleItems).Select(i => i.Facts).ToArray();
        Console.WriteLine($"  cost of one evaluation by rule shape ({sample.Length:N0} items x every rule of the shape, median of {reps}):");
        Console.WriteLine("  | shape | rules | ns/evaluation | B allocated/evaluation | share true |");
        Console.WriteLine("  | --- | ---: | ---: | ---: | ---: |");
        foreach (var shape in policy.Rules.GroupBy(r => RuleShapes.Of(r.Name)))
        {
            var rules = shape.ToArray();
            var evaluations = (long)rules.Length * sample.Length;
            var matched = 0L;
            var timing = Timing.Measure(reps, () => matched = EvaluateAll(rules, sample));
            Console.WriteLine($"  | {shape.Key} | {rules.Length} | {timing.Median.TotalNanoseconds / evaluations:F0} | {timing.AllocatedBytesPerRun / evaluations:N0} | {100.0 * matched / evaluations:F2}% |");
        }
    }

    private static long EvaluateAll(RoutingRule[] rules, System.Text.Json.Nodes.JsonObject[] sample)
    {
        var matched = 0L;
        foreach (var facts in sample)
        {
            foreach (var rule in rules)
            {
                matched += rule.When.Evaluate(facts) ? 1 : 0;
            }
        }

        return matched;
    }
}
