using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Router.Dispatch;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Routing;

public sealed class RoutingRulesTests
{
    private const string Rules = """
        {
          "queues": [
            { "name": "general", "agents": "true" },
            { "name": "vip", "agents": "skills.vip >= 1" },
            {
              "name": "billing",
              "targets": [
                { "agents": "skills.billing >= 4", "timeoutSeconds": 60 },
                { "agents": "'billing' IN skills", "timeoutSeconds": 60 },
                { "overflow": "general" }
              ]
            }
          ],
          "rules": [
            { "name": "vip", "when": "customer.tier IN ['gold', 'platinum']", "queue": "vip", "priority": 800, "tags": ["vip"] },
            { "name": "chargeback", "when": "text MATCHES '(?i)charge ?back'", "queue": "billing", "priority": 600, "skills": { "billing": 3 } },
            { "name": "billing", "when": "subject CONTAINS 'invoice'", "queue": "billing", "priority": 300 }
          ],
          "default": { "queue": "general", "priority": 5 }
        }
        """;

    [Fact]
    public async Task Intake_FirstMatchingRuleDecides_AndHistorySaysWhichAndWhyNotTheOthers()
    {
        await using var host = await RouterTestHost.StartAsync(routing: Rules);

        var vip = await host.Client.CreateItemAsync(new { subject = "invoice", attributes = new { customer = new { tier = "gold" } } });
        var billing = await host.Client.CreateItemAsync(new { subject = "invoice 42" });
        var other = await host.Client.CreateItemAsync(new { subject = "hello" });

        Assert.Equal(("vip", 800, "vip"), (vip.Queue, vip.Priority, vip.Tags.Single()));
        Assert.Equal("vip", (string?)vip.History[0]["rule"]);
        Assert.Equal(("billing", 300), (billing.Queue, billing.Priority));
        Assert.Equal("rule 'billing' matched (not matched before it: vip, chargeback)", (string?)billing.History[0]["reason"]);
        Assert.Equal(("general", 5), (other.Queue, other.Priority));
        Assert.Null(other.History[0]["rule"]);
    }

    [Fact]
    public async Task History_NamesAtMostTenRulesThatDidNotMatch_SoManyRulesDoNotBloatIt()
    {
        var rules = string.Join(",", Enumerable.Range(0, 12).Select(i => $$"""{ "name": "r{{i}}", "when": "subject == 'x{{i}}'", "queue": "general" }"""));
        await using var host = await RouterTestHost.StartAsync(routing: $$"""
            { "queues": [ { "name": "general", "agents": "true" } ], "rules": [ {{rules}} ], "default": { "queue": "general" } }
            """);

        var item = await host.Client.CreateItemAsync(new { subject = "none" });

        Assert.Equal("no rule matched (not matched before it: r0, r1, r2, r3, r4, r5, r6, r7, r8, r9 and 2 more): default", (string?)item.History[0]["reason"]);
    }

    [Fact]
    public async Task Targets_WidenOverTime_ThenOverflow_AndEachOfferSaysWhichTarget()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(routing: Rules, time: time);
        await host.Client.AddAvailableAgentAsync("junior", new() { ["api"] = 1 }, new() { ["billing"] = 1 });
        var first = await host.Client.CreateItemAsync(new { subject = "invoice" });
        await Task.Delay(300);
        Assert.Equal("queued", (await host.Client.GetItemAsync(first.Id)).State); // target 0 wants billing >= 4

        time.Advance(TimeSpan.FromSeconds(61));
        var offered = await Eventually.GetAsync(() => host.Client.GetItemAsync(first.Id), i => i.State == "offered", "an offer at target 1");

        Assert.Equal("junior", offered.AgentId);
        var offer = offered.History.Last(h => (string?)h["type"] == "offered");
        Assert.Equal(1, (int?)offer["target"]);
        Assert.Equal("'billing' IN skills", (string?)offer["agents"]);

        var second = await host.Client.CreateItemAsync(new { subject = "invoice" }); // junior is full now
        await host.Client.AcceptAsync(offered.OfferId!);
        time.Advance(TimeSpan.FromSeconds(121));
        await host.Service<OfferSweeper>().SweepAsync();
        var moved = await host.Client.GetItemAsync(second.Id);
        Assert.Equal("general", moved.Queue);
        var overflow = moved.History.Single(h => (string?)h["type"] == "overflowed");
        Assert.Equal("billing", (string?)overflow["from"]);
    }

    [Fact]
    public async Task RequiredSkills_OfTheRule_KeepItemsFromAgentsWithoutThem()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(routing: Rules, time: time);
        await host.Client.AddAvailableAgentAsync("two", new() { ["api"] = 5 }, new() { ["billing"] = 2 });
        var item = await host.Client.CreateItemAsync(new { text = "I want a chargeback" });
        time.Advance(TimeSpan.FromSeconds(61)); // target 1 admits 'two', but the rule needs billing >= 3
        await Task.Delay(1500);
        Assert.Equal("queued", (await host.Client.GetItemAsync(item.Id)).State);

        await host.Client.AddAvailableAgentAsync("three", new() { ["api"] = 5 }, new() { ["billing"] = 3 });

        var offered = await Eventually.GetAsync(() => host.Client.GetItemAsync(item.Id), i => i.State == "offered", "an offer");
        Assert.Equal("three", offered.AgentId);
        Assert.Equal(3, (int?)offered.History[^1]["skillLevels"]!["billing"]);
    }

    [Fact]
    public async Task HotReload_AppliesAnEditWithinSeconds_AndABrokenEditKeepsTheLastGoodRules()
    {
        await using var host = await RouterTestHost.StartAsync(routing: Rules);

        await File.WriteAllTextAsync(host.RoutingFile, Rules.Replace("\"priority\": 5", "\"priority\": 7", StringComparison.Ordinal));
        await Eventually.GetAsync(() => host.Client.CreateItemAsync(new { subject = "x" }), i => i.Priority == 7, "the edited default priority", 5000);

        await File.WriteAllTextAsync(host.RoutingFile, Rules.Replace("\"priority\": 5", "\"priority\": 9", StringComparison.Ordinal)
            .Replace("'(?i)charge ?back'", "'(unclosed'", StringComparison.Ordinal));
        var health = await Eventually.GetAsync(
            async () => JsonDocument.Parse(await host.Anonymous.GetStringAsync("/health")).RootElement,
            h => h.GetProperty("status").GetString() == "degraded", "health to report degraded", 5000);

        Assert.Contains("chargeback", health.GetProperty("checks").GetProperty("routing").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, (await host.Client.CreateItemAsync(new { subject = "y" })).Priority); // last good rules
        await File.WriteAllTextAsync(host.RoutingFile, Rules);
        await Eventually.GetAsync(async () => (await host.Anonymous.GetAsync("/health")).StatusCode, s => s == HttpStatusCode.OK, "ok", 5000);
        await Eventually.GetAsync(
            async () => JsonDocument.Parse(await host.Anonymous.GetStringAsync("/health")).RootElement.GetProperty("status").GetString(),
            s => s == "healthy", "health to recover", 5000);
    }

    [Fact]
    public async Task HotReload_ReevaluatesAgentEligibility_ForQueuedItems()
    {
        await using var host = await RouterTestHost.StartAsync(routing: Rules);
        await host.Client.AddAvailableAgentAsync("plain", new() { ["api"] = 1 });
        var item = await host.Client.CreateItemAsync(new { attributes = new { customer = new { tier = "gold" } } });
        await Task.Delay(300);
        Assert.Equal("queued", (await host.Client.GetItemAsync(item.Id)).State);

        await File.WriteAllTextAsync(host.RoutingFile, Rules.Replace("skills.vip >= 1", "true", StringComparison.Ordinal));

        var offered = await Eventually.GetAsync(() => host.Client.GetItemAsync(item.Id), i => i.State == "offered", "an offer after the edit", 5000);
        Assert.Equal("plain", offered.AgentId);
    }

    [Fact]
    public async Task BrokenRulesFile_RouterRefusesToStart_NamingEveryError()
    {
        var broken = Rules.Replace("\"queue\": \"vip\"", "\"queue\": \"nowhere\"", StringComparison.Ordinal)
            .Replace("'(?i)charge ?back'", "'(unclosed'", StringComparison.Ordinal);

        var failure = await Assert.ThrowsAsync<Router.Routing.RoutingRulesException>(() => RouterTestHost.StartAsync(routing: broken));

        Assert.Equal(2, failure.Errors.Count);
        Assert.Contains("rules[0] 'vip' queue", failure.Message, StringComparison.Ordinal);
        Assert.Contains("rules[1] 'chargeback' when", failure.Message, StringComparison.Ordinal);
    }
}
