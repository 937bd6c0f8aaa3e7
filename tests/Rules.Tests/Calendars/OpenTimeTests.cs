using NodaTime;
using static Router.Rules.Tests.Calendars.TestCalendars;

namespace Router.Rules.Tests.Calendars;

public sealed class OpenTimeTests
{
    [Fact]
    public void OpenTimeBetween_AWeek_IsTheSumOfItsPeriods()
    {
        var lunch = Weekly("Europe/London", Weekdays, ["08:00-12:00", "13:00-18:00"]);

        Assert.Equal(Duration.FromHours(50), Office().OpenTimeBetween(London("2026-06-01T00:00"), London("2026-06-08T00:00")));
        Assert.Equal(Duration.FromHours(45), lunch.OpenTimeBetween(London("2026-06-01T00:00"), London("2026-06-08T00:00")));
    }

    [Fact]
    public void OpenTimeBetween_CountsOnlyTheOpenPartOfAPartialPeriod() =>
        Assert.Equal(Duration.FromMinutes(120), Office().OpenTimeBetween(London("2026-06-05T16:30"), London("2026-06-08T08:30")));

    [Fact]
    public void OpenTimeBetween_IsZero_WhenToIsNotAfterFrom()
    {
        Assert.Equal(Duration.Zero, Office().OpenTimeBetween(London("2026-06-02T10:00"), London("2026-06-02T10:00")));
        Assert.Equal(Duration.Zero, Office().OpenTimeBetween(London("2026-06-02T12:00"), London("2026-06-02T10:00")));
    }

    [Theory]
    [InlineData("2026-06-05T17:00", 4)]
    [InlineData("2026-06-06T01:00", 25)]
    [InlineData("2026-06-03T11:30", 0)]
    public void OpenTimeBetween_IsTheInverseOfAddOpenTime(string start, int hours)
    {
        var calendar = Weekly("Europe/London", Weekdays, ["08:00-12:00", "13:00-18:00"]);
        var from = London(start);

        Assert.Equal(Duration.FromHours(hours), calendar.OpenTimeBetween(from, calendar.AddOpenTime(from, Duration.FromHours(hours))));
    }

    [Theory]
    [InlineData("2026-06-02T08:00", true)]
    [InlineData("2026-06-02T17:59:59", true)]
    [InlineData("2026-06-02T18:00", false)]
    [InlineData("2026-06-02T07:59:59", false)]
    [InlineData("2026-06-06T12:00", false)]
    public void IsOpen_IncludesAPeriodsStart_AndExcludesItsEnd(string at, bool open) =>
        Assert.Equal(open, Office().IsOpen(London(at)));

    [Fact]
    public void IsOpen_IsFalseAllDayOnAHoliday() =>
        Assert.False(Office("2026-06-02").IsOpen(London("2026-06-02T12:00")));

    [Fact]
    public void NextOpening_IsTheInstantItself_WhenOpen_ElseTheNextPeriodStart()
    {
        Assert.Equal(London("2026-06-02T12:00"), Office().NextOpening(London("2026-06-02T12:00")));
        Assert.Equal(London("2026-06-08T08:00"), Office().NextOpening(London("2026-06-05T18:00")));
        Assert.Equal(London("2026-06-09T08:00"), Office("2026-06-08").NextOpening(London("2026-06-06T09:00")));
    }
}
