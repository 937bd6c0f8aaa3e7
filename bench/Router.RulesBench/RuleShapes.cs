using static Router.RulesBench.Vocabulary;

namespace Router.RulesBench;

/// <summary>
/// The shapes of generated <c>when</c> conditions, each named. Every shape has a top-level conjunct on a product,
/// region, campaign or issue word, which fall-through items never carry, so those items try every rule.
/// </summary>
internal static class RuleShapes
{
    public static readonly IReadOnlyList<(string Name, Func<Random, string> When)> All =
    [
        ("channel", r => $"channel == '{r.Pick(ChannelWords)}' AND product == '{r.Pick(Products)}'"),
        ("tier-in", r => $"customer.tier IN [{List(r, Tiers, r.Next(1, 4))}] AND region == '{r.Pick(Regions)}'"),
        ("contains", r => $"subject CONTAINS '{r.Pick(Issues)}' AND product == '{r.Pick(Products)}'"),
        ("matches", r => $"text MATCHES '(?i)\\b{r.Pick(Issues)}(s|ed|ing)?\\b' AND product == '{r.Pick(Products)}'"),
        ("has", r => r.Next(2) == 0
            ? $"HAS vip AND product == '{r.Pick(Products)}'"
            : $"HAS campaign AND campaign == '{r.Pick(Campaigns)}' AND channel != '{r.Pick(ChannelWords)}'"),
        ("or", r => $"(channel == '{r.Pick(ChannelWords)}' OR channel == '{r.Pick(ChannelWords)}') AND language == '{r.Pick(Languages)}' AND product == '{r.Pick(Products)}'"),
        ("not", r => $"NOT (customer.tier == 'bronze') AND openTickets >= {r.Next(1, 5)} AND product == '{r.Pick(Products)}'"),
        ("numeric", r => $"accountAgeDays < {r.Next(1, 37) * 10} AND channel == '{r.Pick(ChannelWords)}' AND region == '{r.Pick(Regions)}'"),
        ("segment-nps", r => $"nps <= {r.Next(0, 7)} AND customer.segment IN ['smb', 'enterprise'] AND region == '{r.Pick(Regions)}'"),
        ("not-in", r => $"channel NOT IN ['fax', 'api'] AND subject CONTAINS '{r.Pick(Issues)}' AND language == '{r.Pick(Languages)}'"),
    ];

    /// <summary>The shape a generated rule name (<c>r017-matches</c>) was made from.</summary>
    public static string Of(string ruleName) => ruleName[(ruleName.IndexOf('-', StringComparison.Ordinal) + 1)..];

    private static string List(Random random, string[] values, int count) =>
        string.Join(", ", values.OrderBy(_ => random.Next()).Take(count).Select(v => $"'{v}'"));
}
