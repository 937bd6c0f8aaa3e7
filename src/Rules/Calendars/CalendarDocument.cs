namespace Router.Rules.Calendars;

/// <summary>A business calendar as supervisors write it in <c>config/sla.json</c>.</summary>
public sealed class CalendarDocument
{
    /// <summary>IANA time zone id, such as <c>Europe/London</c>; periods and holidays are read in it.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Open periods per weekday; a day left out is closed. Not with <see cref="Open"/>.</summary>
    public WeeklyHoursDocument? Hours { get; set; }

    /// <summary><c>24/7</c> for a calendar that is always open (holidays still close it). Not with <see cref="Hours"/>.</summary>
    public string? Open { get; set; }

    /// <summary>Dates (<c>2026-12-25</c>) and inclusive ranges (<c>2026-12-24..2026-12-31</c>) closed all day.</summary>
    public List<string>? Holidays { get; set; }
}
