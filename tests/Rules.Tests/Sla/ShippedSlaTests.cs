using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Router.Rules.Calendars;
using Router.Rules.Routing;
using Router.Rules.Sla;

namespace Router.Rules.Tests.Sla;

public sealed class ShippedSlaTests
{
    private static readonly string Config = ShippedConfig.Directory;

    [Fact]
    public void ShippedSlaFile_Compiles_AgainstTheShippedRoutingQueues_AndNamesItsSchema()
    {
        var routing = RoutingCompiler.Compile(File.ReadAllText(Path.Combine(Config, "routing.json")), "routing.json").Policy!;
        var file = Path.Combine(Config, "sla.json");

        var result = SlaCompiler.Compile(File.ReadAllText(file), file, routing.Queues.Select(q => q.Name).ToHashSet());

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal(["vip", "sms", "billing"], result.Policies!.Policies.Select(p => p.Name));
        Assert.Equal("./schema/sla.schema.json", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("$schema").GetString());
        Assert.True(File.Exists(Path.Combine(Config, "schema", "sla.schema.json")));
    }

    [Fact]
    public void ShippedOfficeCalendar_ClosesForEnglishBankHolidays()
    {
        var set = SlaCompiler.Compile(File.ReadAllText(Path.Combine(Config, "sla.json")), "sla.json").Policies!;
        var office = set.Calendars["london-office"];

        // Good Friday (26 March 2027) and Easter Monday (29 March) are closed, so Thursday 17:00 + 2 h is Tuesday 09:00.
        var due = office.AddOpenTime(Calendars.TestCalendars.London("2027-03-25T17:00"), Duration.FromHours(2));

        Assert.Equal(Calendars.TestCalendars.London("2027-03-30T09:00"), due);
        Assert.False(office.IsOpen(Calendars.TestCalendars.London("2026-08-31T10:00")));
    }

    [Fact]
    public void Schema_NamesExactlyTheFieldsTheCompilerAccepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Config, "schema", "sla.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");

        Assert.Equal(ShippedConfig.ModelProperties<SlaDocument>(), ShippedConfig.SchemaProperties(schema.RootElement));
        Assert.Equal(ShippedConfig.ModelProperties<CalendarDocument>(), ShippedConfig.SchemaProperties(defs.GetProperty("calendar")));
        Assert.Equal(ShippedConfig.ModelProperties<WeeklyHoursDocument>(), ShippedConfig.SchemaProperties(defs.GetProperty("hours")));
        Assert.Equal(ShippedConfig.ModelProperties<SlaPolicyDocument>(), ShippedConfig.SchemaProperties(defs.GetProperty("policy")));
        Assert.Equal(ShippedConfig.ModelProperties<SlaDefaultDocument>(), ShippedConfig.SchemaProperties(schema.RootElement.GetProperty("properties").GetProperty("default")));
        Assert.Equal(ShippedConfig.ModelProperties<EscalationDocument>(), ShippedConfig.SchemaProperties(defs.GetProperty("escalation")));
        Assert.Equal(EscalationCompiler.Actions, Enum(defs, "action"));
        Assert.Equal(["firstResponse", "resolution"], Enum(defs, "of"));
    }

    [Theory]
    [InlineData("15m")]
    [InlineData("1d2h3m4s")]
    [InlineData("PT15M")]
    [InlineData("P1W2DT3H")]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("30m1h")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1M")]
    [InlineData("1234567h")]
    public void SchemaDurationPattern_AcceptsWhatTheCompilerAccepts(string text)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Config, "schema", "sla.schema.json")));
        var pattern = schema.RootElement.GetProperty("$defs").GetProperty("duration").GetProperty("pattern").GetString()!;

        Assert.Equal(SlaDurations.TryParse(text, out _) is null, Regex.IsMatch(text, pattern));
    }

    private static string[] Enum(JsonElement defs, string field) =>
        defs.GetProperty("escalation").GetProperty("properties").GetProperty(field).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
}
