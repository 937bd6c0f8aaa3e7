using CsCheck;
using NodaTime;
using Router.Rules.Calendars;
using static Router.Rules.Tests.Calendars.CalendarGenerators;

namespace Router.Rules.Tests.Calendars;

public sealed class CalendarPropertyTests
{
    [Fact]
    public void OpenTimeBetween_StartAndDue_IsTheOpenTimeAdded() =>
        Gen.Select(Calendar, Start, OpenTime).Sample((calendar, start, d) =>
            calendar.OpenTimeBetween(start, calendar.AddOpenTime(start, d)) == d, iter: 500);

    [Fact]
    public void DueTime_GrowsWithTheOpenTimeAdded() =>
        Gen.Select(Calendar, Start, OpenTime, OpenTime).Sample((calendar, start, a, b) =>
        {
            var (dueA, dueB) = (calendar.AddOpenTime(start, a), calendar.AddOpenTime(start, b));
            return a == b ? dueA == dueB : (a < b) == (dueA < dueB);
        }, iter: 500);

    [Fact]
    public void DueTime_IsNeverInClosedTime_ItIsOpenOrEndsAnOpenStretch() =>
        Gen.Select(Calendar, Start, OpenTime).Sample((calendar, start, d) =>
        {
            var due = calendar.AddOpenTime(start, d);
            return due >= start && (d == Duration.Zero ? calendar.IsOpen(due) : calendar.IsOpen(due - Duration.Epsilon));
        }, iter: 500);

    [Fact]
    public void ClosedTime_NeverCounts_OpenMeansTheWallClockIsInAPeriodOnAWorkingDate() =>
        Gen.Select(Calendar, Start).Sample((calendar, at) =>
            calendar.IsOpen(at) == WallClockSaysOpen(calendar, at)
            && calendar.OpenTimeBetween(at, at + Duration.Epsilon) == (calendar.IsOpen(at) ? Duration.Epsilon : Duration.Zero), iter: 2000);

    [Fact]
    public void OpenTime_AddsUpOverConsecutiveStretches_AndNeverExceedsRealTime() =>
        Gen.Select(Calendar, Start, Gen.Long[0, 400_000], Gen.Long[0, 400_000]).Sample((calendar, a, first, second) =>
        {
            var b = a + Duration.FromSeconds(first);
            var c = b + Duration.FromSeconds(second);
            var whole = calendar.OpenTimeBetween(a, c);
            return whole == calendar.OpenTimeBetween(a, b) + calendar.OpenTimeBetween(b, c) && whole <= c - a;
        }, iter: 500);

    [Fact]
    public void NextOpening_IsOpen_WithNoOpenTimeBeforeIt() =>
        Gen.Select(Calendar, Start).Sample((calendar, at) =>
            calendar.NextOpening(at) is { } next && next >= at && calendar.IsOpen(next) && calendar.OpenTimeBetween(at, next) == Duration.Zero,
            iter: 500);

    /// <summary>The definition, read straight off the wall clock: the oracle for <see cref="BusinessCalendar.IsOpen"/>.</summary>
    private static bool WallClockSaysOpen(BusinessCalendar calendar, Instant at)
    {
        var local = at.InZone(calendar.Zone).LocalDateTime;
        var minute = local.TimeOfDay.NanosecondOfDay / (double)NodaConstants.NanosecondsPerMinute;
        return !calendar.Holidays.RunEndingAfter(local.Date).HasValue
            && calendar.Week[(int)local.DayOfWeek - 1].Any(p => p.StartMinute <= minute && minute < p.EndMinute);
    }
}
