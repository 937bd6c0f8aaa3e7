using NodaTime;
using Router.Rules.Sla;

namespace Router.Rules.Tests.Sla;

public sealed class SlaCompilerTests
{
    [Fact]
    public void Example_Compiles_IntoPoliciesCalendarsAndSteps()
    {
        var set = TestSla.Compile();

        var vip = Assert.Single(set.Policies);
        Assert.Equal("vip", vip.Name);
        Assert.Same(set.Calendars["always"], vip.Calendar);
        Assert.True(vip.Calendar.IsAlwaysOpen);
        Assert.Equal(Duration.FromMinutes(15), vip.FirstResponse);
        Assert.Equal(Duration.FromHours(4), vip.Resolution);
        Assert.Equal(["vip/0", "vip/1", "vip/2", "vip/3"], vip.Escalations.Select(s => s.Id));
        Assert.Equal(0.5m, vip.Escalations[0].Fraction);
        Assert.Equal(new RaisePriorityAction(900), vip.Escalations[0].Action);
        Assert.Equal(new NotifyAction("supervisors"), vip.Escalations[1].Action);
        Assert.Equal(Duration.FromMinutes(10), vip.Escalations[2].Offset);
        Assert.Equal(new MoveAction("general"), vip.Escalations[2].Action);
        Assert.Equal((SlaTarget.Resolution, Duration.FromMinutes(-30)), (vip.Escalations[3].Of, vip.Escalations[3].Offset));
        Assert.Equal(new WidenAction(1), vip.Escalations[3].Action);
        Assert.Equal("vip/3: -30m of resolution: widen", vip.Escalations[3].ToString());

        Assert.True(set.Default.IsDefault);
        Assert.Equal("default", set.Default.Name);
        Assert.Equal("office", set.Default.Calendar.Name);
        Assert.Equal(Duration.FromDays(3), set.Default.Resolution);
        Assert.Empty(set.Default.Escalations);
    }

    [Fact]
    public void EveryError_IsReportedAtOnce_NamingFileLocationFieldAndColumn()
    {
        var broken = """
            {
              "calendars": {
                "office": { "timeZone": "Europe/Londn", "hours": { "monday": ["08:00-18:00", "17:00-19:00"], "friday": ["9-5"] },
                            "holidays": ["2026-12-31..2026-12-24"] },
                "always": { "timeZone": "UTC", "open": "24/7" }
              },
              "policies": [
                { "name": "vip", "when": "customer.tier IN ['gold'", "calendar": "nowhere", "firstResponse": "15 minutes" },
                { "name": "vip", "when": "channel == 'sms'", "calendar": "always", "firstResponse": "15m",
                  "escalations": [ { "at": "-20m", "of": "firstResponse", "action": "notify", "to": "supervisors" },
                                   { "at": "50%", "of": "resolution", "action": "raise-priority" } ] }
              ]
            }
            """;

        var result = SlaCompiler.Compile(broken, "config/sla.json");

        Assert.False(result.Success);
        Assert.All(result.Errors, e => Assert.Equal("config/sla.json", e.File));
        Assert.Equal(
            [
                ("calendars 'office'", "timeZone"),
                ("calendars 'office'", "hours.monday[1]"),
                ("calendars 'office'", "hours.friday[0]"),
                ("calendars 'office'", "holidays[0]"),
                ("policies[0] 'vip'", "when"),
                ("policies[0] 'vip'", "calendar"),
                ("policies[0] 'vip'", "firstResponse"),
                ("policies[1] 'vip'", "name"),
                ("policies[1] 'vip'.escalations[0]", "at"),
                ("policies[1] 'vip'.escalations[1]", "of"),
                ("policies[1] 'vip'.escalations[1]", "priority"),
                ("default", ""),
            ],
            result.Errors.Select(e => (e.Location, e.Field)));
        Assert.Contains("Europe/Londn", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.True(result.Errors[4].Column > 0);
        Assert.Equal("config/sla.json: policies[0] 'vip' calendar: Unknown calendar 'nowhere'; the file has always, office.", result.Errors[5].ToString());
    }

    [Fact]
    public void UnknownField_IsRejected_WithItsLine()
    {
        var result = SlaCompiler.Compile(TestSla.Example.Replace("\"firstResponse\": \"15m\"", "\"firstResponse\": \"15m\", \"firstRespons\": \"5m\"", StringComparison.Ordinal), "sla.json");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("line ", error.Location, StringComparison.Ordinal);
        Assert.Contains("firstRespons", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public void EmptyFile_IsOneError(string json) => Assert.Single(SlaCompiler.Compile(json, "sla.json").Errors);

    [Fact]
    public void MoveToAQueueRoutingDoesNotHave_IsAnError_OnlyWhenTheQueuesAreKnown()
    {
        Assert.True(SlaCompiler.Compile(TestSla.Example, "sla.json", new HashSet<string> { "general", "vip" }).Success);

        var result = SlaCompiler.Compile(TestSla.Example, "sla.json", new HashSet<string> { "vip", "billing" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(("policies[0] 'vip'.escalations[2]", "queue"), (error.Location, error.Field));
        Assert.Contains("'general'", error.Message, StringComparison.Ordinal);
    }
}
