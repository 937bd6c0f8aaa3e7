using System.Text.RegularExpressions;

namespace Router.RulesBench;

/// <summary>
/// What-if for the MATCHES shape: the generated patterns as the expression parser builds them (interpreted, culture
/// invariant) against the same patterns with <see cref="RegexOptions.Compiled"/>, on the same item texts.
/// </summary>
internal static class RegexCosts
{
    private const int SampleItems = 5_000;

    public static void Print(GeneratedItem[] items, int reps)
    {
        var texts = items.Take(SampleItems).Select(i => i.Message.Text ?? "").ToArray();
        var patterns = Vocabulary.Issues.Select(issue => $@"(?i)\b{issue}(s|ed|ing)?\b").ToArray();
        var timeout = TimeSpan.FromMilliseconds(50); // ExpressionOptions.Default
        Console.WriteLine($"  MATCHES what-if: the {patterns.Length} generated patterns x {texts.Length:N0} texts (mean {texts.Average(t => t.Length):F0} chars), median of {reps}:");
        foreach (var (name, options) in new[] { ("as parsed today (interpreted)", RegexOptions.CultureInvariant), ("with RegexOptions.Compiled", RegexOptions.CultureInvariant | RegexOptions.Compiled) })
        {
            var regexes = patterns.Select(p => new Regex(p, options, timeout)).ToArray();
            var matching = Timing.Measure(reps, () => Sink.Keep(MatchAll(regexes, texts)));
            // Construction plus a first match, since a compiled regex's code is JIT-compiled on first use.
            var building = Timing.Measure(reps, () => Sink.Keep(patterns.Count(p => new Regex(p, options, timeout).IsMatch(texts[0]))));
            Console.WriteLine($"    {name}: {matching.Median.TotalNanoseconds / ((long)regexes.Length * texts.Length):F0} ns/IsMatch; "
                + $"new Regex + first match {building.Median.TotalMicroseconds / patterns.Length:F0} µs/pattern (paid at every compile of the rules)");
        }
    }

    private static long MatchAll(Regex[] regexes, string[] texts)
    {
        var matched = 0L;
        foreach (var text in texts)
        {
            foreach (var regex in regexes)
            {
                matched += regex.IsMatch(text) ? 1 : 0;
            }
        }

        return matched;
    }
}
