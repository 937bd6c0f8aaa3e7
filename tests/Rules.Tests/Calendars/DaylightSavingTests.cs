using NodaTime;
using Router.Rules.Calendars;
using static Router.Rules.Tests.Calendars.TestCalendars;

namespace Router.Rules.Tests.Calendars;

/// <summary>London springs forward on 2026-03-29 (01:00 GMT → 02:00 BST) and falls back on 2026-10-25 (02:00 BST → 01:00 GMT).</summary>
public sealed class DaylightSavingTests
{
    private static readonly BusinessCalendar AllDay = Weekly("Europe/London", AllDays, ["00:00-24:00"]);

    [Fact]
    public void SpringForwardDay_HasTwentyThreeOpenHours_AndFallBackDayTwentyFive()
    {
        Assert.Equal(Duration.FromHours(23), AllDay.OpenTimeBetween(London("2026-03-29T00:00"), London("2026-03-30T00:00")));
        Assert.Equal(Duration.FromHours(25), AllDay.OpenTimeBetween(London("2026-10-25T00:00"), London("2026-10-26T00:00")));
        Assert.Equal(Duration.FromHours((7 * 24) - 1), AllDay.OpenTimeBetween(London("2026-03-23T00:00"), London("2026-03-30T00:00")));
    }

    [Fact]
    public void AddingADay_AcrossEachTransition_CountsRealHours()
    {
        Assert.Equal(London("2026-03-29T13:00"), AllDay.AddOpenTime(London("2026-03-28T12:00"), Duration.FromHours(24)));
        Assert.Equal(London("2026-10-25T11:00"), AllDay.AddOpenTime(London("2026-10-24T12:00"), Duration.FromHours(24)));
    }

    [Theory]
    [InlineData("01:00-03:00", 1, 3)] // starts in the skipped hour; contains the repeated one
    [InlineData("00:00-10:00", 9, 11)]
    [InlineData("08:00-18:00", 10, 10)]
    [InlineData("01:15-01:45", 0, 1)] // entirely skipped in spring; both passes in autumn
    public void PeriodsAroundATransition_FollowTheWallClock(string period, int springHours, int autumnHours)
    {
        var calendar = Weekly("Europe/London", ["sunday"], [period]);

        Assert.Equal(Duration.FromHours(springHours), calendar.OpenTimeBetween(London("2026-03-29T00:00"), London("2026-03-30T00:00")));
        Assert.Equal(Duration.FromHours(autumnHours), calendar.OpenTimeBetween(London("2026-10-25T00:00"), London("2026-10-26T00:00")));
    }

    [Fact]
    public void OfficeHours_AfterTheClocksChange_OpenAtLocalEight()
    {
        Assert.Equal(London("2026-03-30T11:00"), Office().AddOpenTime(London("2026-03-27T17:00"), Duration.FromHours(4)));
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 10, 0), London("2026-03-30T11:00"));
        Assert.Equal(London("2026-10-26T11:00"), Office().AddOpenTime(London("2026-10-23T17:00"), Duration.FromHours(4)));
    }

    [Fact]
    public void MidnightGap_JoinsSaturdayAndSunday()
    {
        // Santiago skips Sunday 2026-09-06 00:00-01:00: Saturday's 24:00 and Sunday's 00:00 are both 04:00 UTC.
        var calendar = Weekly("America/Santiago", ["saturday"], ["22:00-24:00"]);
        var sunday = Weekly("America/Santiago", ["saturday", "sunday"], ["22:00-24:00"]);
        var both = From(new CalendarDocument
        {
            TimeZone = "America/Santiago",
            Hours = new() { Saturday = ["22:00-24:00"], Sunday = ["00:00-02:00"] },
        });
        var saturday22 = Instant.FromUtc(2026, 9, 6, 2, 0);

        Assert.Equal(Duration.FromHours(2), calendar.OpenTimeBetween(saturday22, Instant.FromUtc(2026, 9, 7, 0, 0)));
        Assert.Equal(Duration.FromHours(2), sunday.OpenTimeBetween(saturday22, Instant.FromUtc(2026, 9, 6, 12, 0)));
        Assert.Equal(Duration.FromHours(3), both.OpenTimeBetween(saturday22, Instant.FromUtc(2026, 9, 7, 0, 0)));
        Assert.Equal(Instant.FromUtc(2026, 9, 6, 4, 30), both.AddOpenTime(saturday22, Duration.FromMinutes(150)));
        Assert.True(both.IsOpen(Instant.FromUtc(2026, 9, 6, 4, 0)));
    }
}
