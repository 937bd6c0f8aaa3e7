using Router.Channels;

namespace Router.RulesBench;

/// <summary>
/// The words the generated rules, items and agents share. Items that must fall through to the default use values
/// outside these lists (see <see cref="ItemGenerator"/>), so every rule has a conjunct they fail.
/// </summary>
internal static class Vocabulary
{
    /// <summary>The channels' wire names, in <see cref="ChannelKind"/> order.</summary>
    public static readonly IReadOnlyList<string> ChannelWords = ChannelNames.All;

    /// <summary>Share of traffic per channel, in <see cref="ChannelKind"/> order (email, sms, chat, fax, api).</summary>
    public static readonly double[] ChannelWeights = [0.35, 0.2, 0.3, 0.05, 0.1];

    public static readonly string[] Skills =
    [
        "billing", "payments", "refunds", "tech", "network", "devices", "sales", "retention",
        "vip", "fraud", "shipping", "returns", "claims", "onboarding", "accounts", "complaints",
    ];

    public static readonly string[] Languages = ["en", "es", "fr", "de", "pt", "it", "nl", "pl"];

    public static readonly string[] Teams = [.. Enumerable.Range(1, 12).Select(t => $"t{t:00}")];

    public static readonly string[] Tiers = ["bronze", "silver", "gold", "platinum"];

    public static readonly string[] Segments = ["consumer", "smb", "enterprise", "public"];

    public static readonly string[] Regions = [.. Enumerable.Range(1, 20).Select(r => $"r{r:00}")];

    public static readonly string[] Campaigns = [.. Enumerable.Range(1, 40).Select(c => $"c{c:000}")];

    public static readonly string[] Products =
    [
        "fibre", "mobile", "tv", "landline", "router", "sim", "esim", "roaming", "broadband", "streaming",
        "cloud", "backup", "security", "voip", "hosting", "domain", "mailbox", "tablet", "watch", "insurance",
        "repair", "trade-in", "family-plan", "business-line", "prepaid",
    ];

    /// <summary>Words rules look for in subjects and texts.</summary>
    public static readonly string[] Issues =
    [
        "refund", "invoice", "chargeback", "cancel", "upgrade", "outage", "password", "delivery", "damaged", "warranty",
        "overcharge", "login", "contract", "porting", "coverage", "fraud", "complaint", "discount", "renewal", "install",
    ];

    /// <summary>Filler for message texts; none contains an issue word, so fall-through texts match no rule.</summary>
    public static readonly string[] Filler =
    [
        "hello", "team", "I", "have", "a", "question", "about", "my", "account", "since", "last", "week", "it", "seems",
        "that", "the", "service", "is", "not", "working", "as", "expected", "could", "you", "please", "check", "and",
        "let", "me", "know", "what", "to", "do", "next", "thanks", "for", "your", "help", "kind", "regards", "also",
        "yesterday", "tried", "again", "same", "result", "phone", "number", "reference", "below", "best", "wishes",
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public static ChannelKind PickChannel(this Random random)
    {
        var roll = random.NextDouble();
        var kinds = Enum.GetValues<ChannelKind>();
        for (var i = 0; i < kinds.Length; i++)
        {
            roll -= ChannelWeights[i];
            if (roll < 0)
            {
                return kinds[i];
            }
        }

        return kinds[^1];
    }
}
