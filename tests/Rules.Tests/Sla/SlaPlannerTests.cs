using NodaTime;
using Router.Rules.Sla;
using static Router.Rules.Tests.Calendars.TestCalendars;

namespace Router.Rules.Tests.Sla;

public sealed class SlaPlannerTests
{
    [Fact]
    public void VipLadder_OnA24By7Calendar_FiresAtFractionsAndOffsetsOfItsTargets()
    {
        var vip = TestSla.Compile().Policies[0];
        var start = Utc("2026-06-05T23:55");

        var plan = SlaPlanner.Plan(vip, start, Duration.Zero, Duration.Zero);

        Assert.Equal(("vip", start), (plan.Policy, plan.PlannedAt));
        Assert.Equal(start + Duration.FromMinutes(15), plan.FirstResponse!.Due);
        Assert.Equal(start + Duration.FromHours(4), plan.Resolution!.Due);
        Assert.False(plan.FirstResponse.Breached);
        Assert.Equal(
            [("vip/0", 7.5), ("vip/1", 15), ("vip/2", 25), ("vip/3", 210)],
            plan.Escalations.Select(e => (e.Step.Id, (e.FireAt - start).TotalMinutes)));
        Assert.All(plan.Escalations, e => Assert.False(e.AlreadyDue));
        Assert.Equal(Duration.FromMinutes(210), plan.Escalations[3].FiresAfter);
    }

    [Fact]
    public void OfficePolicy_CountsOnlyOpenTime_AcrossAWeekendAndTheChristmasHolidays()
    {
        var policy = TestSla.Default("""
            { "calendar": "office", "firstResponse": "8h", "resolution": "3d", "escalations": [
                { "at": "150%", "of": "firstResponse", "action": "notify", "to": "supervisors" },
                { "at": "+10m", "of": "firstResponse", "action": "raise-priority", "priority": 800 },
                { "at": "-30m", "of": "resolution", "action": "notify", "to": "supervisors" },
                { "at": "+2h", "of": "resolution", "action": "move", "queue": "general" } ] }
            """);

        // Friday 18 December 15:00: two hours left that Friday (13:00-17:00), then Monday.
        var plan = SlaPlanner.Plan(policy, London("2026-12-18T15:00"), Duration.Zero, Duration.Zero);

        Assert.Equal(London("2026-12-21T14:00"), plan.FirstResponse!.Due);
        // 72 h: Fri 2 + Mon-Thu 40 (the 24th is no holiday here) = 42; 25th-1st closed; Mon 4, Tue 5 = 62; Wed 6 at 18:00.
        Assert.Equal(London("2027-01-06T18:00"), plan.Resolution!.Due);
        Assert.Equal(
            [London("2026-12-21T14:10"), London("2026-12-21T18:00"), London("2027-01-06T17:30"), London("2027-01-07T10:00")],
            plan.Escalations.Select(e => e.FireAt));
        Assert.Equal(["default/1", "default/0", "default/2", "default/3"], plan.Escalations.Select(e => e.Step.Id));
    }

    [Fact]
    public void PlanningInClosedTime_CountsFromTheNextOpening()
    {
        var policy = TestSla.Default("""{ "calendar": "office", "firstResponse": "1h" }""");

        var plan = SlaPlanner.Plan(policy, London("2026-06-06T10:00"), Duration.Zero, Duration.Zero);

        Assert.Equal(London("2026-06-08T09:00"), plan.FirstResponse!.Due);
        Assert.Null(plan.Resolution);
    }

    [Fact]
    public void NegativeElapsedTime_IsRejected()
    {
        var vip = TestSla.Compile().Policies[0];

        Assert.Throws<ArgumentOutOfRangeException>(() => SlaPlanner.Plan(vip, Utc("2026-06-05T10:00"), Duration.FromSeconds(-1), Duration.Zero));
    }
}
