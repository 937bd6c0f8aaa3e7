using System.Text.Json.Nodes;
using NodaTime;
using Router.Rules.Routing;
using Router.Rules.Sla;
using Router.Sla;

namespace Router.Tests.Sla;

/// <summary>The SLA plan as intake stores it verbatim (<c>slaPlan</c>) and as <c>sla_fire</c> reads it back.</summary>
public sealed class SlaArgumentsTests
{
    private static readonly RoutingPolicy Routing = RoutingCompiler.Compile(
        """
        { "queues": [ { "name": "general", "agents": "true" }, { "name": "vip", "agents": "true", "ordering": "fifo" } ],
          "default": { "queue": "general" } }
        """, "routing.json").Policy!;

    private const string Sla = """
        {
          "calendars": { "always": { "timeZone": "UTC", "open": "24/7" } },
          "default": {
            "calendar": "always", "firstResponse": "10m", "resolution": "1h",
            "escalations": [
              { "at": "+10m", "of": "firstResponse", "action": "move", "queue": "vip" },
              { "at": "50%", "of": "firstResponse", "action": "raise-priority", "priority": 500 },
              { "at": "100%", "of": "firstResponse", "action": "notify", "to": "supervisors" },
              { "at": "-30m", "of": "resolution", "action": "widen", "target": 1 }
            ]
          }
        }
        """;

    private static readonly Instant Start = Instant.FromUtc(2026, 11, 23, 9, 0);

    [Fact]
    public void Events_AreByTime_ABreachBeforeTheStepsDueWithIt_WithTheFirstDueTimeBeforeThem()
    {
        var args = For(Sla);

        Assert.Equal(SlaArguments.Count, args.Count);
        Assert.Equal(["default", "600000", Ms(10), "0", "3600000", Ms(60), "0"], args.Take(7).Select(a => a.ToString()));
        var events = JsonNode.Parse(args[8].ToString())!.AsArray();
        Assert.Equal(
            [
                $"{Ms(5)} fr default:50% of firstResponse: raise-priority:500 raise-priority 500 ",
                $"{Ms(10)} fr !",
                $"{Ms(10)} fr default:100% of firstResponse: notify:supervisors notify supervisors ",
                $"{Ms(20)} fr default:+10m of firstResponse: move:vip move vip 1",
                $"{Ms(30)} res default:-30m of resolution: widen:1 widen 1 ",
                $"{Ms(60)} res !",
            ],
            events.Select(e => string.Join(' ', e!.AsArray().Select(v => v!.ToString()))));
        Assert.Equal(Ms(5), args[7].ToString());
    }

    [Fact]
    public void NoClocks_NoEvents_NothingDue()
    {
        var plan = SlaPlanner.Plan(Compile(Sla).Default, Start, Duration.Zero, Duration.Zero) with { FirstResponse = null, Resolution = null };

        var args = SlaArguments.For(plan, Routing);

        Assert.Equal("", args[7].ToString());
        Assert.Equal("[]", args[8].ToString());
    }

    private static List<StackExchange.Redis.RedisValue> For(string sla) =>
        SlaArguments.For(SlaPlanner.Plan(Compile(sla).Default, Start, Duration.Zero, Duration.Zero), Routing);

    private static SlaPolicySet Compile(string json)
    {
        var result = SlaCompiler.Compile(json, "sla.json");
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Policies!;
    }

    private static string Ms(int minutes) => Start.Plus(Duration.FromMinutes(minutes)).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
