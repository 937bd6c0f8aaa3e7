using NodaTime;

namespace Router.Rules.Calendars;

/// <summary>
/// When a contact centre is open: weekly wall-clock periods in a time zone, closed on holidays (whole local dates),
/// or open 24/7. SLA clocks count only open time on it. Immutable and thread-safe; build one with
/// <see cref="Sla.SlaCompiler"/>.
/// </summary>
/// <remarks>
/// An instant is open when its local wall-clock time in <see cref="Zone"/> falls inside a period of its local
/// weekday and its local date is no holiday. So a spring-forward gap inside a period shortens it (00:00-10:00 on the
/// day London skips 01:00-02:00 is 9 h) and a fall-back hour inside it counts twice (11 h).
/// </remarks>
public sealed class BusinessCalendar
{
    private readonly OpenIntervals intervals;

    internal BusinessCalendar(string name, DateTimeZone zone, IReadOnlyList<OpenPeriod>[]? week, IEnumerable<DateRange> holidays)
    {
        var closed = new Holidays(holidays);
        if (week is not null && (week.Length != 7 || week.All(day => day.Count == 0)))
        {
            throw new ArgumentException("A calendar needs at least one open period a week, or none at all for 24/7.", nameof(week));
        }

        Name = name;
        Zone = zone;
        IsAlwaysOpen = week is null;
        Week = week ?? [.. Enumerable.Repeat<IReadOnlyList<OpenPeriod>>([new OpenPeriod(0, 1440)], 7)];
        Holidays = closed;
        intervals = new OpenIntervals(zone, Week, closed, continuous: IsAlwaysOpen && closed.IsEmpty);
    }

    /// <summary>The name the calendar has in the SLA file.</summary>
    public string Name { get; }

    /// <summary>The time zone its periods and holidays are read in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>True for <c>"open": "24/7"</c> (holidays, if any, still close whole local dates).</summary>
    public bool IsAlwaysOpen { get; }

    /// <summary>Open periods by ISO weekday - 1 (Monday first), sorted.</summary>
    internal IReadOnlyList<OpenPeriod>[] Week { get; }

    internal Holidays Holidays { get; }

    /// <summary>
    /// The instant at which <paramref name="openTime"/> of open time has passed since <paramref name="start"/>; counting
    /// begins at the next opening when <paramref name="start"/> is closed. A due time that falls on a closing time is
    /// that closing time (not the next opening). Zero gives <see cref="NextOpening"/> of <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="openTime"/> is negative, or runs past year 9999.</exception>
    public Instant AddOpenTime(Instant start, Duration openTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(openTime, Duration.Zero);
        var remaining = openTime;
        foreach (var span in intervals.From(start))
        {
            var from = Instant.Max(span.Start, start);
            var length = span.End - from;
            if (remaining <= length)
            {
                return from + remaining;
            }

            remaining -= length;
        }

        throw new ArgumentOutOfRangeException(nameof(openTime), openTime, "The calendar runs out of open time before year 9999.");
    }

    /// <summary>The open time in [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public Duration OpenTimeBetween(Instant from, Instant to)
    {
        var total = Duration.Zero;
        if (to <= from)
        {
            return total;
        }

        foreach (var span in intervals.From(from))
        {
            if (span.Start >= to)
            {
                break;
            }

            total += Instant.Min(span.End, to) - Instant.Max(span.Start, from);
        }

        return total;
    }

    /// <summary>True when <paramref name="at"/> is open time (a period's start is open, its end is not).</summary>
    public bool IsOpen(Instant at) => intervals.From(at).Select(span => span.Start <= at).FirstOrDefault();

    /// <summary><paramref name="at"/> when it is open, else the next opening; null when the calendar never opens again.</summary>
    public Instant? NextOpening(Instant at)
    {
        foreach (var span in intervals.From(at))
        {
            return Instant.Max(span.Start, at);
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Zone.Id}{(IsAlwaysOpen ? ", 24/7" : "")})";
}
