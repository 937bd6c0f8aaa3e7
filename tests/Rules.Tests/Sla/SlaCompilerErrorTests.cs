using Router.Rules.Sla;

namespace Router.Rules.Tests.Sla;

/// <summary>One broken thing at a time: each error names where it is and says what is wrong.</summary>
public sealed class SlaCompilerErrorTests
{
    private const string Calendars = """{ "always": { "timeZone": "UTC", "open": "24/7" } }""";
    private const string Default = """{ "calendar": "always", "firstResponse": "1h" }""";

    [Theory]
    [InlineData("""{ "c": { "timeZone": "Mars/Olympus", "open": "24/7" } }""", "calendars 'c'", "timeZone", "Unknown time zone 'Mars/Olympus'")]
    [InlineData("""{ "c": { "open": "24/7" } }""", "calendars 'c'", "timeZone", "time zone is required")]
    [InlineData("""{ "c": { "timeZone": "UTC", "hours": { "monday": ["8:00-18:00"] } } }""", "calendars 'c'", "hours.monday[0]", "HH:mm-HH:mm")]
    [InlineData("""{ "c": { "timeZone": "UTC", "hours": { "monday": ["18:00-08:00"] } } }""", "calendars 'c'", "hours.monday[0]", "ends before it starts")]
    [InlineData("""{ "c": { "timeZone": "UTC", "hours": { "monday": ["08:00-08:00"] } } }""", "calendars 'c'", "hours.monday[0]", "ends before it starts")]
    [InlineData("""{ "c": { "timeZone": "UTC", "hours": { "monday": ["24:00-24:00"] } } }""", "calendars 'c'", "hours.monday[0]", "out of range")]
    [InlineData("""{ "c": { "timeZone": "UTC", "hours": { "monday": ["08:00-24:30"] } } }""", "calendars 'c'", "hours.monday[0]", "out of range")]
    [InlineData("""{ "c": { "timeZone": "UTC", "hours": { "sunday": ["08:00-12:00", "11:00-13:00"] } } }""", "calendars 'c'", "hours.sunday[1]", "overlaps '08:00-12:00'")]
    [InlineData("""{ "c": { "timeZone": "UTC", "hours": { } } }""", "calendars 'c'", "hours", "no open period")]
    [InlineData("""{ "c": { "timeZone": "UTC", "hours": { "monday": [] } } }""", "calendars 'c'", "hours", "no open period")]
    [InlineData("""{ "c": { "timeZone": "UTC" } }""", "calendars 'c'", "hours", "needs hours")]
    [InlineData("""{ "c": { "timeZone": "UTC", "open": "24/7", "hours": { "monday": ["08:00-18:00"] } } }""", "calendars 'c'", "hours", "takes no hours")]
    [InlineData("""{ "c": { "timeZone": "UTC", "open": "always" } }""", "calendars 'c'", "open", "24/7")]
    [InlineData("""{ "c": { "timeZone": "UTC", "open": "24/7", "holidays": ["2026-02-30"] } }""", "calendars 'c'", "holidays[0]", "not a holiday")]
    [InlineData("""{ "c": { "timeZone": "UTC", "open": "24/7", "holidays": ["2026-12-31..2026-12-24"] } }""", "calendars 'c'", "holidays[0]", "ends before it starts")]
    [InlineData("""{ "c": { "timeZone": "UTC", "open": "24/7", "holidays": ["2026-12-24...2026-12-31"] } }""", "calendars 'c'", "holidays[0]", "not a holiday")]
    [InlineData("""{ "c/d": { "timeZone": "UTC", "open": "24/7" } }""", "calendars 'c/d'", "", "1-64 letters")]
    [InlineData("""{ }""", "calendars", "", "At least one calendar")]
    public void CalendarErrors(string calendars, string location, string field, string message)
    {
        // The default names 'always': a missing 'always' adds an unknown-calendar error there, a broken one does not.
        var errors = Compile(calendars: calendars.Replace("\"c\"", "\"always\"", StringComparison.Ordinal));

        AssertError(errors.Where(e => e.Location != "default").ToList(), location.Replace("'c'", "'always'", StringComparison.Ordinal), field, message);
        Assert.All(errors.Where(e => e.Location == "default"), e => Assert.Equal("calendar", e.Field));
    }

    [Theory]
    [InlineData("""{ "name": "p", "when": "true", "calendar": "office", "firstResponse": "1h" }""", "calendar", "Unknown calendar 'office'")]
    [InlineData("""{ "name": "p", "when": "true", "firstResponse": "1h" }""", "calendar", "calendar is required")]
    [InlineData("""{ "name": "p", "when": "true", "calendar": "always", "firstResponse": "an hour" }""", "firstResponse", "not a duration")]
    [InlineData("""{ "name": "p", "when": "true", "calendar": "always", "resolution": "0m" }""", "resolution", "more than 0")]
    [InlineData("""{ "name": "p", "when": "true", "calendar": "always", "resolution": "3651d" }""", "resolution", "3650d")]
    [InlineData("""{ "name": "p", "when": "true", "calendar": "always" }""", "", "needs a firstResponse target")]
    [InlineData("""{ "name": "default", "when": "true", "calendar": "always", "firstResponse": "1h" }""", "name", "fallback")]
    [InlineData("""{ "name": "a b", "when": "true", "calendar": "always", "firstResponse": "1h" }""", "name", "1-64 letters")]
    [InlineData("""{ "name": "p", "calendar": "always", "firstResponse": "1h" }""", "when", "expression is required")]
    [InlineData("""{ "name": "p", "when": "channel == 5", "calendar": "always", "firstResponse": "1h" }""", "when", "")]
    public void PolicyErrors(string policy, string field, string message) =>
        AssertError(Compile(policies: $"[{policy}]"), $"policies[0] '{(policy.Contains("\"a b\"", StringComparison.Ordinal) ? "a b" : policy.Contains("\"default\"", StringComparison.Ordinal) ? "default" : "p")}'", field, message);

    [Theory]
    [InlineData("""{ "at": "0%", "of": "firstResponse", "action": "notify", "to": "x" }""", "at", "more than 0%")]
    [InlineData("""{ "at": "50", "of": "firstResponse", "action": "notify", "to": "x" }""", "at", "not a percentage")]
    [InlineData("""{ "at": "10m", "of": "firstResponse", "action": "notify", "to": "x" }""", "at", "signed offset")]
    [InlineData("""{ "at": "-1h", "of": "firstResponse", "action": "notify", "to": "x" }""", "at", "must fire after")]
    [InlineData("""{ "at": "-2h", "of": "firstResponse", "action": "notify", "to": "x" }""", "at", "must fire after")]
    [InlineData("""{ "of": "firstResponse", "action": "notify", "to": "x" }""", "at", "'at' is required")]
    [InlineData("""{ "at": "50%", "of": "resolution", "action": "notify", "to": "x" }""", "of", "sets no resolution target")]
    [InlineData("""{ "at": "50%", "of": "firstReply", "action": "notify", "to": "x" }""", "of", "not a target")]
    [InlineData("""{ "at": "50%", "action": "notify", "to": "x" }""", "of", "'of' is required")]
    [InlineData("""{ "at": "50%", "of": "firstResponse" }""", "action", "'action' is required")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "page" }""", "action", "Unknown action 'page'")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "raise-priority" }""", "priority", "needs 'priority'")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "raise-priority", "priority": 1001 }""", "priority", "0-1000")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "move" }""", "queue", "needs 'queue'")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "move", "queue": "Big Queue" }""", "queue", "queue name")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "widen" }""", "target", "needs 'target'")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "widen", "target": 0 }""", "target", "1 or more")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "notify" }""", "to", "needs 'to'")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "notify", "to": " " }""", "to", "who is told")]
    [InlineData("""{ "at": "50%", "of": "firstResponse", "action": "notify", "to": "x", "queue": "general" }""", "queue", "does not apply to notify")]
    public void EscalationErrors(string step, string field, string message) =>
        AssertError(Compile(@default: $$"""{ "calendar": "always", "firstResponse": "1h", "escalations": [ {{step}} ] }"""), "default.escalations[0]", field, message);

    [Fact]
    public void StepFiringAtTheClocksStartOrBefore_IsAnError_ButJustAfterIsFine()
    {
        Assert.Single(Compile(@default: """{ "calendar": "always", "firstResponse": "15m", "escalations": [ { "at": "-20m", "of": "firstResponse", "action": "notify", "to": "x" } ] }"""));
        Assert.Single(Compile(@default: """{ "calendar": "always", "firstResponse": "15m", "escalations": [ { "at": "-15m", "of": "firstResponse", "action": "notify", "to": "x" } ] }"""));
        Assert.Empty(Compile(@default: """{ "calendar": "always", "firstResponse": "15m", "escalations": [ { "at": "-14m", "of": "firstResponse", "action": "notify", "to": "x" }, { "at": "0.01%", "of": "firstResponse", "action": "notify", "to": "x" } ] }"""));
    }

    [Fact]
    public void HugePercentageOfAHugeTarget_IsAnError_NotAnOverflow() =>
        AssertError(Compile(@default: """{ "calendar": "always", "resolution": "3650d", "escalations": [ { "at": "9999.99%", "of": "resolution", "action": "notify", "to": "x" } ] }"""),
            "default.escalations[0]", "at", "more than 3650d");

    [Fact]
    public void DuplicatePolicyNames_AreAnError() =>
        AssertError(Compile(policies: """[ { "name": "p", "when": "channel == 'sms'", "calendar": "always", "firstResponse": "1h" }, { "name": "p", "when": "channel == 'fax'", "calendar": "always", "firstResponse": "1h" } ]"""),
            "policies[1] 'p'", "name", "defined twice");

    [Theory]
    [InlineData("true", "always matches")]
    [InlineData("NOT false", "always matches")]
    [InlineData("channel=='sms'", "same condition")]
    public void PolicyThatCanNeverMatch_IsAnError(string firstWhen, string message) =>
        AssertError(Compile(policies: $$"""[ { "name": "first", "when": "{{firstWhen}}", "calendar": "always", "firstResponse": "1h" }, { "name": "second", "when": "channel == 'sms'", "calendar": "always", "firstResponse": "1h" } ]"""),
            "policies[1] 'second'", "when", message);

    [Fact]
    public void MissingDefault_IsAnError() => AssertError(Compile(@default: null), "default", "", "default policy is required");

    [Fact]
    public void BrokenCalendar_IsReportedOnce_NotAgainByEachPolicyOnIt()
    {
        var errors = Compile(calendars: """{ "always": { "timeZone": "Nowhere/Else", "open": "24/7" } }""");

        Assert.Equal("timeZone", Assert.Single(errors).Field);
    }

    private static void AssertError(IReadOnlyList<Router.Rules.Routing.RoutingError> errors, string location, string field, string message)
    {
        var error = Assert.Single(errors);
        Assert.Equal((location, field), (error.Location, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Router.Rules.Routing.RoutingError> Compile(string calendars = Calendars, string policies = "[]", string? @default = Default) =>
        SlaCompiler.Compile($$"""{ "calendars": {{calendars}}, "policies": {{policies}}{{(@default is null ? "" : $", \"default\": {@default}")}} }""", "sla.json").Errors;
}
