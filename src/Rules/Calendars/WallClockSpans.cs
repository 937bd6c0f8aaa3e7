using NodaTime;

namespace Router.Rules.Calendars;

/// <summary>
/// Maps a wall-clock period of a local date to the instants whose local time falls inside it. Exact across DST: a
/// spring-forward gap inside the period is missing from it, a fall-back hour inside it counts twice, and a period
/// inside the repeated hour yields two spans.
/// </summary>
internal static class WallClockSpans
{
    /// <summary>Adds the spans of <paramref name="period"/> on <paramref name="date"/>, in time order, to <paramref name="spans"/>.</summary>
    public static void Add(DateTimeZone zone, LocalDate date, OpenPeriod period, List<OpenSpan> spans)
    {
        var start = date.AtMidnight().PlusMinutes(period.StartMinute);
        var end = date.AtMidnight().PlusMinutes(period.EndMinute);
        var first = zone.MapLocal(start);
        var last = zone.MapLocal(end);

        // The common case: no offset change between start and end, so one offset maps both.
        if (first.Count == 1 && last.Count == 1 && first.EarlyInterval.Equals(last.EarlyInterval))
        {
            spans.Add(new OpenSpan(start.WithOffset(first.EarlyInterval.WallOffset).ToInstant(), end.WithOffset(first.EarlyInterval.WallOffset).ToInstant()));
            return;
        }

        // Around a transition: within each offset's stretch of time, the period maps with that offset.
        var from = start.WithOffset(zone.MaxOffset).ToInstant();
        var to = end.WithOffset(zone.MinOffset).ToInstant();
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            var spanStart = Instant.Max(start.WithOffset(interval.WallOffset).ToInstant(), interval.HasStart ? interval.Start : Instant.MinValue);
            var spanEnd = Instant.Min(end.WithOffset(interval.WallOffset).ToInstant(), interval.HasEnd ? interval.End : Instant.MaxValue);
            if (spanStart < spanEnd)
            {
                spans.Add(new OpenSpan(spanStart, spanEnd));
            }
        }
    }

    /// <summary>No instant whose local date is <paramref name="date"/> or later comes before this one.</summary>
    public static Instant EarliestOn(DateTimeZone zone, LocalDate date) =>
        date.AtMidnight().WithOffset(zone.MaxOffset).ToInstant();
}
