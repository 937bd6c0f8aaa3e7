using System.Text.Json.Nodes;
using Router.Rules.Routing;

namespace Router.Rules.Tests.Routing;

public sealed class RoutingPolicyTests
{
    private static readonly RoutingPolicy Policy = RoutingCompiler.Compile("""
        {
          "queues": [
            { "name": "general", "agents": "true" },
            { "name": "spanish", "agents": "languages CONTAINS 'es'" },
            { "name": "billing", "targets": [
                { "agents": "skills.billing >= 4", "timeoutSeconds": 60 },
                { "agents": "'billing' IN skills" } ] }
          ],
          "rules": [
            { "name": "gold", "when": "customer.tier == 'gold'", "queue": "billing", "priority": 900, "skills": { "billing": 2 }, "tags": ["vip"] },
            { "name": "es", "when": "language == 'es'", "queue": "spanish" }
          ],
          "default": { "queue": "general", "priority": 3 }
        }
        """, "r.json").Policy!;

    [Fact]
    public void Classify_FirstMatchingRuleWins_AndListsTheOnesBefore()
    {
        var routed = Policy.Classify(new JsonObject { ["attributes"] = new JsonObject { ["language"] = "es", ["customer"] = new JsonObject { ["tier"] = "gold" } } });

        Assert.Equal(("gold", "billing", 900), (routed.Rule, routed.Queue, routed.Priority));
        Assert.Equal(2, routed.Skills["billing"]);
        Assert.Equal(["vip"], routed.Tags);
        Assert.Empty(routed.NotMatched);
    }

    [Fact]
    public void Classify_RuleWithoutPriority_TakesTheDefaultPriority()
    {
        var routed = Policy.Classify(new JsonObject { ["attributes"] = new JsonObject { ["language"] = "es" } });

        Assert.Equal(("es", "spanish", 3), (routed.Rule, routed.Queue, routed.Priority));
        Assert.Equal(["gold"], routed.NotMatched);
    }

    [Fact]
    public void Classify_NothingMatches_DefaultApplies()
    {
        var routed = Policy.Classify(new JsonObject { ["channel"] = "sms" });

        Assert.Null(routed.Rule);
        Assert.Equal(("general", 3), (routed.Queue, routed.Priority));
        Assert.Equal(["gold", "es"], routed.NotMatched);
    }

    [Fact]
    public void PoolsFor_ListsEveryTargetStepTheAgentMeets()
    {
        var expert = new JsonObject { ["skills"] = new JsonObject { ["billing"] = 5 }, ["languages"] = new JsonArray("en") };
        var junior = new JsonObject { ["skills"] = new JsonObject { ["billing"] = 1 }, ["languages"] = new JsonArray("es") };

        Assert.Equal(["general.0", "billing.0", "billing.1"], Policy.PoolsFor(expert));
        Assert.Equal(["general.0", "spanish.0", "billing.1"], Policy.PoolsFor(junior));
    }
}
