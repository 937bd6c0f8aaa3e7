using System.Text.RegularExpressions;

namespace Router.Rules.Sla;

/// <summary>Names of policies and calendars: they end up in escalation step ids and Redis keys, so they stay plain.</summary>
internal static partial class SlaNames
{
    public const string Rule = "A name is 1-64 letters, digits, '.', '-' or '_'.";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,64}\z")]
    private static partial Regex Pattern();
}
