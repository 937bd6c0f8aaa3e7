using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Router.Rules.Calendars;

/// <summary>Reads the period (<c>08:00-18:00</c>) and holiday (<c>2026-12-25</c>, <c>a..b</c>) notations; errors say how to fix them.</summary>
internal static partial class CalendarSyntax
{
    public static string? TryParsePeriod(string? text, out OpenPeriod period)
    {
        period = default;
        var match = text is null ? Match.Empty : PeriodText().Match(text);
        if (!match.Success)
        {
            return $"'{text}' is not a period; write HH:mm-HH:mm, such as 08:00-18:00.";
        }

        var start = Minutes(match.Groups[1].Value, match.Groups[2].Value);
        var end = Minutes(match.Groups[3].Value, match.Groups[4].Value);
        if (start is null or >= 1440 || end is null or > 1440)
        {
            return $"'{text}' has an hour or minute out of range; times run 00:00-23:59, and 24:00 is allowed as an end.";
        }

        period = new OpenPeriod(start.Value, end.Value);
        return end <= start ? $"'{text}' ends before it starts; a period cannot cross midnight (use 24:00 and the next day's 00:00)." : null;
    }

    public static string? TryParseHoliday(string? text, out DateRange range)
    {
        range = default;
        var parts = text?.Split("..") ?? [];
        if (parts.Length is < 1 or > 2 || !TryParseDate(parts[0], out var from) || !TryParseDate(parts[^1], out var to))
        {
            return $"'{text}' is not a holiday; write a date (2026-12-25) or an inclusive range (2026-12-24..2026-12-31).";
        }

        range = new DateRange(from, to);
        return to < from ? $"'{text}' ends before it starts." : null;
    }

    private static bool TryParseDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success && DateText().IsMatch(text);
    }

    private static int? Minutes(string hours, string minutes)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        return m < 60 && (h < 24 || (h == 24 && m == 0)) ? (h * 60) + m : null;
    }

    [GeneratedRegex(@"^([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2})\z")]
    private static partial Regex PeriodText();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z")]
    private static partial Regex DateText();
}
