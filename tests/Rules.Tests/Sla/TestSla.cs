using System.Text.Json.Nodes;
using Router.Rules.Sla;

namespace Router.Rules.Tests.Sla;

internal static class TestSla
{
    /// <summary>The example of the SLA issue.</summary>
    public const string Example = """
        {
          "$schema": "./schema/sla.schema.json",
          "calendars": {
            "office": { "timeZone": "Europe/London",
                        "hours": { "monday": ["08:00-18:00"], "tuesday": ["08:00-18:00"], "wednesday": ["08:00-18:00"], "thursday": ["08:00-18:00"], "friday": ["08:00-12:00", "13:00-17:00"] },
                        "holidays": ["2026-12-25", "2026-12-26", "2027-01-01", "2026-12-28..2026-12-31"] },
            "always": { "timeZone": "UTC", "open": "24/7" }
          },
          "policies": [
            { "name": "vip", "when": "customer.tier IN ['gold', 'platinum']", "calendar": "always",
              "firstResponse": "15m", "resolution": "4h",
              "escalations": [
                { "at": "50%", "of": "firstResponse", "action": "raise-priority", "priority": 900 },
                { "at": "100%", "of": "firstResponse", "action": "notify", "to": "supervisors" },
                { "at": "+10m", "of": "firstResponse", "action": "move", "queue": "general" },
                { "at": "-30m", "of": "resolution", "action": "widen", "target": 1 }
              ] }
          ],
          "default": { "calendar": "office", "firstResponse": "8h", "resolution": "3d" }
        }
        """;

    public static SlaPolicySet Compile(string json = Example)
    {
        var result = SlaCompiler.Compile(json, "sla.json");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Policies!;
    }

    /// <summary>The example with its default policy replaced by <paramref name="defaultJson"/>.</summary>
    public static SlaPolicy Default(string defaultJson) =>
        Compile(Example.Replace("""{ "calendar": "office", "firstResponse": "8h", "resolution": "3d" }""", defaultJson, StringComparison.Ordinal)).Default;

    public static JsonObject Facts(string json) => JsonNode.Parse(json)!.AsObject();
}
