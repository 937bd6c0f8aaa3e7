using NodaTime;

namespace Router.Rules.Calendars;

/// <summary>
/// Turns weekly wall-clock periods and holidays into the stream of open spans on the time line, one period at a
/// time, so adding a month of open time costs a few hundred steps, never one per minute.
/// </summary>
internal sealed class OpenIntervals(DateTimeZone zone, IReadOnlyList<OpenPeriod>[] week, Holidays holidays, bool continuous)
{
    private static readonly LocalDate LastDate = new(9999, 12, 30);

    /// <summary>
    /// Disjoint open spans in time order, the first one ending after <paramref name="at"/> (it may start before).
    /// Spans that touch may come separately; spans that overlap come merged.
    /// </summary>
    public IEnumerable<OpenSpan> From(Instant at)
    {
        if (continuous)
        {
            yield return new OpenSpan(at, Instant.MaxValue);
            yield break;
        }

        // Around a fall-back a day's spans can interleave (and, in a zone that falls back across midnight, even the
        // next day's), so spans wait here, sorted, until no later date can produce an earlier one.
        var waiting = new List<OpenSpan>();
        OpenSpan? pending = null;
        var date = at.InZone(zone).Date.PlusDays(-1);
        while (date < LastDate)
        {
            if (holidays.RunEndingAfter(date) is { } lastHoliday)
            {
                date = lastHoliday.PlusDays(1);
                continue;
            }

            foreach (var period in week[(int)date.DayOfWeek - 1])
            {
                WallClockSpans.Add(zone, date, period, waiting);
            }

            waiting.RemoveAll(span => span.End <= at);
            waiting.Sort((a, b) => a.Start.CompareTo(b.Start));
            date = date.PlusDays(1);
            var earliestToCome = WallClockSpans.EarliestOn(zone, date);
            var ready = waiting.FindIndex(span => span.Start > earliestToCome) is var index and >= 0 ? index : waiting.Count;
            foreach (var span in waiting.Take(ready))
            {
                if (Merge(ref pending, span) is { } done)
                {
                    yield return done;
                }
            }

            waiting.RemoveRange(0, ready);
        }

        foreach (var span in waiting)
        {
            if (Merge(ref pending, span) is { } done)
            {
                yield return done;
            }
        }

        if (pending is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Grows <paramref name="pending"/> by an overlapping span; else returns it, done, and starts anew.</summary>
    private static OpenSpan? Merge(ref OpenSpan? pending, OpenSpan span)
    {
        if (pending is { } open && span.Start < open.End)
        {
            pending = open with { End = Instant.Max(open.End, span.End) };
            return null;
        }

        var done = pending;
        pending = span;
        return done;
    }
}
