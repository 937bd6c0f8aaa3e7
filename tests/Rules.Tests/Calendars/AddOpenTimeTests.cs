using NodaTime;
using static Router.Rules.Tests.Calendars.TestCalendars;

namespace Router.Rules.Tests.Calendars;

public sealed class AddOpenTimeTests
{
    [Fact]
    public void FridayFivePm_PlusFourHours_OnWeekdayOfficeHours_IsMondayElevenAm()
    {
        Assert.Equal(IsoDayOfWeek.Friday, new LocalDate(2026, 6, 5).DayOfWeek);

        Assert.Equal(London("2026-06-08T11:00"), Office().AddOpenTime(London("2026-06-05T17:00"), Duration.FromHours(4)));
    }

    [Fact]
    public void MondayHoliday_PushesTheDueTimeToTuesday() =>
        Assert.Equal(London("2026-06-09T11:00"), Office("2026-06-08").AddOpenTime(London("2026-06-05T17:00"), Duration.FromHours(4)));

    [Fact]
    public void LunchBreak_DoesNotCount()
    {
        var calendar = Weekly("Europe/London", Weekdays, ["08:00-12:00", "13:00-18:00"]);

        Assert.Equal(London("2026-06-03T14:00"), calendar.AddOpenTime(London("2026-06-03T11:00"), Duration.FromHours(2)));
    }

    [Fact]
    public void AlwaysOpen_CountsAcrossMidnight()
    {
        Assert.Equal(Utc("2026-06-04T00:30"), AlwaysOpen().AddOpenTime(Utc("2026-06-03T23:30"), Duration.FromHours(1)));

        // With holidays the calendar is walked day by day; midnight must still join the two days.
        var withHoliday = AlwaysOpen("Europe/Paris", "2026-12-25");
        Assert.Equal(At("Europe/Paris", "2026-06-04T00:30"), withHoliday.AddOpenTime(At("Europe/Paris", "2026-06-03T23:30"), Duration.FromHours(1)));
        Assert.Equal(At("Europe/Paris", "2026-12-26T00:30"), withHoliday.AddOpenTime(At("Europe/Paris", "2026-12-24T23:30"), Duration.FromHours(1)));
    }

    [Fact]
    public void HolidayRange_ClosesEveryDateInIt_BothEndsIncluded()
    {
        var calendar = Office("2026-12-24..2026-12-31", "2027-01-01");

        Assert.Equal(London("2027-01-04T09:00"), calendar.AddOpenTime(London("2026-12-23T17:00"), Duration.FromHours(2)));
        Assert.Equal(Duration.FromHours(10), calendar.OpenTimeBetween(London("2026-12-23T00:00"), London("2027-01-04T00:00")));
    }

    [Theory]
    [InlineData("2026-06-06T10:00", "2026-06-08T09:00")] // Saturday
    [InlineData("2026-06-09T03:00", "2026-06-09T09:00")] // before opening
    [InlineData("2026-06-09T18:00", "2026-06-10T09:00")] // at closing time
    public void StartInClosedTime_CountsFromTheNextOpening(string start, string due) =>
        Assert.Equal(London(due), Office().AddOpenTime(London(start), Duration.FromHours(1)));

    [Theory]
    [InlineData("2026-06-09T10:00", "2026-06-09T10:00")] // open: the start itself
    [InlineData("2026-06-09T08:00", "2026-06-09T08:00")] // an opening is open
    [InlineData("2026-06-09T18:00", "2026-06-10T08:00")] // a closing is not
    [InlineData("2026-06-06T10:00", "2026-06-08T08:00")]
    public void Zero_IsTheNextOpenInstantAtOrAfterTheStart(string start, string due) =>
        Assert.Equal(London(due), Office().AddOpenTime(London(start), Duration.Zero));

    [Fact]
    public void DueTimeOnAClosingTime_IsThatClosingTime_NotTheNextOpening() =>
        Assert.Equal(London("2026-06-05T18:00"), Office().AddOpenTime(London("2026-06-05T08:00"), Duration.FromHours(10)));

    [Fact]
    public void ThirtyDaysOfOpenTime_LandsSeventyTwoWorkingDaysLater()
    {
        var start = London("2026-06-01T08:00");

        var due = Office().AddOpenTime(start, Duration.FromDays(30));

        Assert.Equal(London("2026-09-08T18:00"), due);
        Assert.Equal(Duration.FromDays(30), Office().OpenTimeBetween(start, due));
    }

    [Fact]
    public void TenYearsOfOpenTime_IsQuick()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var due = Office().AddOpenTime(London("2026-06-01T08:00"), Duration.FromDays(3650));

        // 87,600 h is 8,760 ten-hour days: 1,752 five-day weeks, the last ending on a Friday at 18:00.
        Assert.Equal(London(new LocalDate(2026, 6, 1).PlusDays((1751 * 7) + 4).ToString("yyyy-MM-dd", null) + "T18:00"), due);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void NegativeOpenTime_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Office().AddOpenTime(London("2026-06-01T08:00"), Duration.FromSeconds(-1)));
}
