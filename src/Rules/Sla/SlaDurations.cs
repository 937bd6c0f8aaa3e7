using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace Router.Rules.Sla;

/// <summary>
/// Reads SLA durations: <c>30s</c>, <c>15m</c>, <c>4h</c>, <c>3d</c>, <c>1h30m</c>, or ISO-8601 <c>PT15M</c>, <c>P1DT2H</c>,
/// <c>P1W</c>. A day is always 24 h of open time, never a calendar day: on a 10-hour office calendar <c>1d</c> spans
/// about two and a half working days.
/// </summary>
internal static partial class SlaDurations
{
    /// <summary>The longest duration accepted, ten years of open time; it keeps every sum far from overflow.</summary>
    public static readonly Duration Longest = Duration.FromDays(3650);

    private static readonly (string Unit, long Seconds)[] Units = [("w", 604800), ("d", 86400), ("h", 3600), ("m", 60), ("s", 1)];

    public const string Help = "write 30s, 15m, 4h, 3d or 1h30m (a day is 24 h of open time), or ISO-8601 such as PT15M";

    /// <summary>Null on success; else what is wrong.</summary>
    public static string? TryParse(string? text, out Duration duration)
    {
        duration = Duration.Zero;
        var match = text is null ? Match.Empty : ShortForm().Match(text);
        match = match.Success || text is null ? match : IsoForm().Match(text);
        if (!match.Success)
        {
            return $"'{text}' is not a duration; {Help}.";
        }

        long seconds = 0;
        foreach (var (unit, length) in Units)
        {
            var group = match.Groups[unit];
            seconds += group.Success ? long.Parse(group.Value, CultureInfo.InvariantCulture) * length : 0;
        }

        duration = Duration.FromSeconds(seconds);
        return duration > Longest ? $"'{text}' is longer than the longest duration allowed, 3650d." : null;
    }

    /// <summary>The short form, such as <c>1d2h30m</c>; <c>0s</c> for zero.</summary>
    public static string Format(Duration duration)
    {
        var text = new StringBuilder();
        var seconds = (long)duration.TotalSeconds;
        foreach (var (unit, length) in Units.Skip(1))
        {
            if (seconds >= length)
            {
                text.Append(CultureInfo.InvariantCulture, $"{seconds / length}{unit}");
                seconds %= length;
            }
        }

        return text.Length == 0 ? "0s" : text.ToString();
    }

    [GeneratedRegex(@"^(?=.)(?:(?<d>[0-9]{1,6})d)?(?:(?<h>[0-9]{1,6})h)?(?:(?<m>[0-9]{1,6})m)?(?:(?<s>[0-9]{1,6})s)?\z")]
    private static partial Regex ShortForm();

    [GeneratedRegex(@"^P(?=.)(?:(?<w>[0-9]{1,6})W)?(?:(?<d>[0-9]{1,6})D)?(?:T(?=.)(?:(?<h>[0-9]{1,6})H)?(?:(?<m>[0-9]{1,6})M)?(?:(?<s>[0-9]{1,6})S)?)?\z")]
    private static partial Regex IsoForm();
}
