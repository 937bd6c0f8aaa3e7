using NodaTime;
using Router.Rules.Sla;
using static Router.Rules.Tests.Calendars.TestCalendars;

namespace Router.Rules.Tests.Sla;

/// <summary>A policy change re-plans the clocks of open items without losing the open time already elapsed.</summary>
public sealed class ReplanTests
{
    private static readonly SlaPolicy FourHours = TestSla.Default("""
        { "calendar": "office", "firstResponse": "4h", "resolution": "3d",
          "escalations": [ { "at": "50%", "of": "firstResponse", "action": "raise-priority", "priority": 700 } ] }
        """);

    private static readonly SlaPolicy TwoHours = TestSla.Default("""
        { "calendar": "office", "firstResponse": "2h", "resolution": "3d",
          "escalations": [ { "at": "25%", "of": "firstResponse", "action": "raise-priority", "priority": 700 },
                           { "at": "75%", "of": "firstResponse", "action": "notify", "to": "supervisors" } ] }
        """);

    [Fact]
    public void Replan_WithAChangedTarget_CountsOnlyWhatIsLeft()
    {
        var t0 = London("2026-06-05T11:30"); // Friday, lunch 12:00-13:00
        var first = SlaPlanner.Plan(FourHours, t0, Duration.Zero, Duration.Zero);
        Assert.Equal(London("2026-06-05T16:30"), first.FirstResponse!.Due);

        var t1 = London("2026-06-05T13:30");
        var elapsed = FourHours.Calendar.OpenTimeBetween(first.PlannedAt, t1);
        Assert.Equal(Duration.FromHours(1), elapsed);

        var second = SlaPlanner.Plan(TwoHours, t1, elapsed, elapsed);

        Assert.Equal(TwoHours.Calendar.AddOpenTime(t1, Duration.FromHours(2) - Duration.FromHours(1)), second.FirstResponse!.Due);
        Assert.Equal(London("2026-06-05T14:30"), second.FirstResponse.Due);
        Assert.Equal(Duration.FromHours(1), second.FirstResponse.Remaining);
        Assert.Equal(London("2026-06-05T14:00"), second.Escalations.Single(e => e.Step.Id == "default/1").FireAt);
    }

    [Fact]
    public void Replan_KeepsTheSameDueTimes_WhenNothingChanged()
    {
        var t0 = London("2026-06-04T16:00");
        var first = SlaPlanner.Plan(FourHours, t0, Duration.Zero, Duration.Zero);
        var t1 = London("2026-06-05T09:15");
        var elapsed = FourHours.Calendar.OpenTimeBetween(t0, t1);

        var again = SlaPlanner.Plan(FourHours, t1, elapsed, elapsed);

        Assert.Equal(first.FirstResponse!.Due, again.FirstResponse!.Due);
        Assert.Equal(first.Resolution!.Due, again.Resolution!.Due);
    }

    [Fact]
    public void Replan_PastANewShorterTarget_IsBreachedNow_AndItsPassedStepsAreDueAtOnce()
    {
        var t1 = London("2026-06-05T15:00");

        var plan = SlaPlanner.Plan(TwoHours, t1, Duration.FromHours(3), Duration.FromHours(3));

        Assert.True(plan.FirstResponse!.Breached);
        Assert.Equal(Duration.Zero, plan.FirstResponse.Remaining);
        Assert.Equal(t1, plan.FirstResponse.Due);
        Assert.All(plan.Escalations, e => Assert.True(e.AlreadyDue));
        Assert.All(plan.Escalations, e => Assert.Equal(t1, e.FireAt));
        Assert.False(plan.Resolution!.Breached);
    }
}
