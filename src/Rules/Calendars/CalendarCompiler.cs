using NodaTime;
using Router.Rules.Routing;
using Router.Rules.Sla;

namespace Router.Rules.Calendars;

/// <summary>Compiles the <c>calendars</c> of an SLA file, reporting every problem of every calendar.</summary>
internal static class CalendarCompiler
{
    public static Dictionary<string, BusinessCalendar> Compile(Dictionary<string, CalendarDocument?>? documents, CompileContext context)
    {
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        if (documents is null || documents.Count == 0)
        {
            context.Error("calendars", "", "At least one calendar is required, such as \"always\": { \"timeZone\": \"UTC\", \"open\": \"24/7\" }.");
            return calendars;
        }

        foreach (var (name, document) in documents)
        {
            if (Compile(name, document, context) is { } calendar)
            {
                calendars.Add(name, calendar);
            }
        }

        return calendars;
    }

    /// <summary>One calendar, or null (with its errors recorded).</summary>
    public static BusinessCalendar? Compile(string name, CalendarDocument? document, CompileContext context)
    {
        var location = $"calendars '{name}'";
        var errors = context.Errors.Count;
        if (!SlaNames.IsValid(name))
        {
            context.Error(location, "", SlaNames.Rule);
        }

        if (document is null)
        {
            context.Error(location, "", "A calendar is an object with timeZone and hours (or \"open\": \"24/7\").");
            return null;
        }

        var zone = document.TimeZone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(document.TimeZone);
        if (zone is null)
        {
            context.Error(location, "timeZone", document.TimeZone is null
                ? "A time zone is required, such as \"Europe/London\" or \"UTC\"."
                : $"Unknown time zone '{document.TimeZone}'; use an IANA id such as 'Europe/London'.");
        }

        var week = HoursCompiler.Compile(document, location, context);
        var holidays = Holidays(document.Holidays, location, context);
        return context.Errors.Count == errors ? new BusinessCalendar(name, zone!, week, holidays) : null;
    }

    private static List<DateRange> Holidays(List<string>? texts, string location, CompileContext context)
    {
        var ranges = new List<DateRange>();
        for (var i = 0; i < (texts?.Count ?? 0); i++)
        {
            if (CalendarSyntax.TryParseHoliday(texts![i], out var range) is { } error)
            {
                context.Error(location, $"holidays[{i}]", error);
            }
            else
            {
                ranges.Add(range);
            }
        }

        return ranges;
    }
}
