using NodaTime;
using NodaTime.Text;
using Router.Rules.Calendars;
using Router.Rules.Expressions;
using Router.Rules.Routing;

namespace Router.Rules.Tests.Calendars;

/// <summary>Builds calendars the way the SLA file does, and instants from local wall-clock text.</summary>
internal static class TestCalendars
{
    public static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

    public static readonly string[] AllDays = [.. Weekdays, "saturday", "sunday"];

    /// <summary>Monday to Friday 08:00-18:00 in London.</summary>
    public static BusinessCalendar Office(params string[] holidays) => Weekly("Europe/London", Weekdays, ["08:00-18:00"], holidays);

    public static BusinessCalendar Weekly(string zone, string[] days, string[] periods, params string[] holidays)
    {
        var hours = new WeeklyHoursDocument();
        foreach (var day in days)
        {
            typeof(WeeklyHoursDocument).GetProperty(char.ToUpperInvariant(day[0]) + day[1..])!.SetValue(hours, periods.ToList());
        }

        return From(new CalendarDocument { TimeZone = zone, Hours = hours, Holidays = [.. holidays] });
    }

    public static BusinessCalendar AlwaysOpen(string zone = "UTC", params string[] holidays) =>
        From(new CalendarDocument { TimeZone = zone, Open = "24/7", Holidays = [.. holidays] });

    public static BusinessCalendar From(CalendarDocument document)
    {
        var context = new CompileContext("test.json", ExpressionOptions.Default);
        var calendar = CalendarCompiler.Compile("test", document, context);
        Assert.True(calendar is not null, string.Join("\n", context.Errors));
        return calendar;
    }

    /// <summary>The instant a wall clock in <paramref name="zone"/> reads <paramref name="local"/> (<c>2026-06-05T17:00</c>); it must be unambiguous.</summary>
    public static Instant At(string zone, string local) =>
        LocalDateTimePattern.GeneralIso.Parse(local + (local.Length == 16 ? ":00" : "")).Value
            .InZoneStrictly(DateTimeZoneProviders.Tzdb[zone]).ToInstant();

    public static Instant London(string local) => At("Europe/London", local);

    public static Instant Utc(string local) => At("UTC", local);
}
