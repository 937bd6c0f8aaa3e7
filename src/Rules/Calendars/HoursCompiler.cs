using NodaTime;
using Router.Rules.Routing;

namespace Router.Rules.Calendars;

/// <summary>Compiles a calendar's weekly hours, or <c>"open": "24/7"</c> (null hours).</summary>
internal static class HoursCompiler
{
    public static IReadOnlyList<OpenPeriod>[]? Compile(CalendarDocument document, string location, CompileContext context)
    {
        if (document.Open is not null)
        {
            if (document.Open != "24/7")
            {
                context.Error(location, "open", $"'{document.Open}' is not understood; the only value is \"24/7\" (else give hours).");
            }

            if (document.Hours is not null)
            {
                context.Error(location, "hours", "A calendar open 24/7 takes no hours.");
            }

            return null;
        }

        if (document.Hours is null)
        {
            context.Error(location, "hours", "A calendar needs hours, or \"open\": \"24/7\".");
            return null;
        }

        var errors = context.Errors.Count;
        var week = new IReadOnlyList<OpenPeriod>[7];
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            week[(int)day - 1] = Day(document.Hours.On(day) ?? [], $"hours.{day.ToString().ToLowerInvariant()}", location, context);
        }

        if (week.All(periods => periods.Count == 0) && context.Errors.Count == errors)
        {
            context.Error(location, "hours", "The calendar has no open period on any day, so SLA clocks on it would never run.");
        }

        return week;
    }

    private static List<OpenPeriod> Day(List<string> texts, string field, string location, CompileContext context)
    {
        var periods = new List<OpenPeriod>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (CalendarSyntax.TryParsePeriod(texts[i], out var period) is { } error)
            {
                context.Error(location, $"{field}[{i}]", error);
            }
            else if (periods.FindIndex(p => p.StartMinute < period.EndMinute && period.StartMinute < p.EndMinute) is var other and >= 0)
            {
                context.Error(location, $"{field}[{i}]", $"'{texts[i]}' overlaps {Text(periods[other])} on the same day.");
            }
            else
            {
                periods.Add(period);
            }
        }

        return [.. periods.OrderBy(p => p.StartMinute)];
    }

    private static string Text(OpenPeriod period) =>
        $"'{period.StartMinute / 60:00}:{period.StartMinute % 60:00}-{period.EndMinute / 60:00}:{period.EndMinute % 60:00}'";
}
