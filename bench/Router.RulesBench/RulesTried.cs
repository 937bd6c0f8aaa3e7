using Router.Rules.Routing;

namespace Router.RulesBench;

/// <summary>How many rules classifying an item tries (those not matched, plus the one that matched), and where matches land.</summary>
internal static class RulesTried
{
    /// <summary>Prints the distribution and returns the mean number of rules tried per item.</summary>
    public static double Describe(RoutingPolicy policy, GeneratedItem[] items, Report report)
    {
        var tried = new int[items.Length];
        var listed = new long[items.Length];
        var matchedAt = new List<int>();
        var defaulted = 0;
        var fallThroughMatched = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var classification = policy.Classify(items[i].Facts);
            tried[i] = classification.NotMatched.Count + (classification.Rule is null ? 0 : 1);
            listed[i] = string.Join(", ", classification.NotMatched).Length;
            if (classification.Rule is null)
            {
                defaulted++;
            }
            else
            {
                matchedAt.Add(tried[i]);
                fallThroughMatched += items[i].FallThrough ? 1 : 0;
            }
        }

        if (fallThroughMatched > 0)
        {
            throw new InvalidOperationException($"{fallThroughMatched} items built to fall through matched a rule: the generators disagree.");
        }

        var mean = tried.Average();
        report.Add("rules tried per item, mean (mixed items)", $"{mean:F0} of {policy.Rules.Count}",
            $"{100.0 * defaulted / items.Length:F1}% of items reach the default after trying all {policy.Rules.Count}");
        matchedAt.Sort();
        if (matchedAt.Count > 0)
        {
            Console.WriteLine($"  matched items: rule position p10 {At(matchedAt, 0.1)}, p25 {At(matchedAt, 0.25)}, median {At(matchedAt, 0.5)}, p75 {At(matchedAt, 0.75)}, p90 {At(matchedAt, 0.9)}");
        }

        // Intake writes this list into the reason of the item's 'created' history entry in Redis.
        Console.WriteLine($"  NotMatched joined with ', ' (as intake's history reason does): mean {listed.Average():N0} chars, max {listed.Max():N0}");
        return mean;
    }

    private static int At(List<int> sorted, double quantile) => sorted[(int)(quantile * (sorted.Count - 1))];
}
