using NodaTime;

namespace Router.Rules.Calendars;

/// <summary>Open periods per weekday, each <c>HH:mm-HH:mm</c> in local time (<c>24:00</c> allowed as an end).</summary>
public sealed class WeeklyHoursDocument
{
    /// <summary>Periods on Mondays, such as <c>["08:00-12:00", "13:00-18:00"]</c>.</summary>
    public List<string>? Monday { get; set; }

    /// <summary>Periods on Tuesdays.</summary>
    public List<string>? Tuesday { get; set; }

    /// <summary>Periods on Wednesdays.</summary>
    public List<string>? Wednesday { get; set; }

    /// <summary>Periods on Thursdays.</summary>
    public List<string>? Thursday { get; set; }

    /// <summary>Periods on Fridays.</summary>
    public List<string>? Friday { get; set; }

    /// <summary>Periods on Saturdays.</summary>
    public List<string>? Saturday { get; set; }

    /// <summary>Periods on Sundays.</summary>
    public List<string>? Sunday { get; set; }

    internal List<string>? On(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => Monday,
        IsoDayOfWeek.Tuesday => Tuesday,
        IsoDayOfWeek.Wednesday => Wednesday,
        IsoDayOfWeek.Thursday => Thursday,
        IsoDayOfWeek.Friday => Friday,
        IsoDayOfWeek.Saturday => Saturday,
        IsoDayOfWeek.Sunday => Sunday,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };
}
