using System.Text.Json;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Bus;

/// <summary>Events leave through the outbox: in order per item, with a stable envelope and message-id.</summary>
[Collection(BusTests.Name)]
public sealed class EventTests
{
    [Fact]
    public async Task ItemLifecycle_EventsArriveInOrder_OverHttpAndBusAlike()
    {
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(settings: bus.Settings());
        await host.Client.AddAvailableAgentAsync("a1");

        var item = await host.Client.CreateItemAsync(new { externalId = "life" });
        var offer = (await host.Client.WaitForOffersAsync("a1")).Single();
        await host.Client.AcceptAsync(offer.Id);
        await bus.SendCommandAsync("done", "item.complete", new { itemId = item.Id, wrapUpSeconds = 1 });

        await bus.WaitForEventsAsync(
            e => bus.Of("agent.status_changed", "a1").Any(s => (string?)s["data"]!["status"] == "available" && (string?)s["data"]!["previous"] == "wrap-up"),
            "the wrap-up to end");
        Assert.Equal(
            ["item.created", "item.routed", "item.offered", "item.assigned", "item.completed"],
            bus.Events.Where(e => (string?)e["subject"] == item.Id).Select(e => (string)e["type"]!));
        Assert.Equal(
            ["offline→available", "available→wrap-up", "wrap-up→available"],
            bus.Of("agent.status_changed", "a1").Select(e => $"{e["data"]!["previous"] ?? "available"}→{e["data"]!["status"]}"));
        var offered = bus.Of("item.offered", item.Id).Single()["data"]!;
        Assert.Equal((offer.Id, "a1"), ((string?)offered["offerId"], (string?)offered["agentId"]));
        Assert.True(DateTimeOffset.TryParse((string?)offered["expiresAt"], out _), "expiresAt is ISO-8601");
        Assert.Equal(bus.Events.Count, bus.EventMessageIds.Distinct().Count());
        Assert.Equal(bus.Events.Select(e => (string)e["id"]!), bus.EventMessageIds);
    }

    [Fact]
    public async Task RejectedAndExpiredOffers_AndTransfers_AreEvents()
    {
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(
            settings: bus.Settings(new Dictionary<string, string?> { ["Router:Dispatch:OfferTimeoutSeconds"] = "1" }));
        await host.Client.AddAvailableAgentAsync("a1");
        await host.Client.AddAvailableAgentAsync("a2");

        var item = await host.Client.CreateItemAsync(new { externalId = "bounce" });
        var first = await WaitForOfferAsync(host, item.Id);
        await host.Client.RejectAsync(first);
        await WaitForOfferAsync(host, item.Id, except: first); // the other agent lets it expire
        await Eventually.GetAsync(
            () => host.Client.GetItemAsync(item.Id), i => i.History.Any(h => (string?)h["type"] == "offer.expired"), "the expiry", 10_000);
        await bus.SendCommandAsync("t", "item.transfer", new { itemId = item.Id, queue = "billing", reason = "needs billing" });

        await bus.WaitForEventsAsync(e => bus.Of("item.transferred", item.Id).Any(), "the transfer");
        var requeued = bus.Of("item.requeued", item.Id).Select(e => (string)e["data"]!["reason"]!).ToArray();
        Assert.Equal(["offer.rejected", "offer.expired"], requeued);
        var transferred = bus.Of("item.transferred", item.Id).Single()["data"]!;
        Assert.Equal(("general", "billing", "needs billing"), ((string?)transferred["from"], (string?)transferred["queue"], (string?)transferred["reason"]));
        Assert.Equal("billing", (await host.Client.GetItemAsync(item.Id)).Queue);
    }

    [Fact]
    public async Task SlaSteps_AreEscalatedAndBreachedEvents_AndTheEventsStreamStillGetsThem()
    {
        const string Sla = """
            {
              "calendars": { "always": { "timeZone": "UTC", "open": "24/7" } },
              "default": { "calendar": "always", "firstResponse": "1s", "resolution": "1h",
                "escalations": [ { "at": "50%", "of": "firstResponse", "action": "raise-priority", "priority": 700 } ] }
            }
            """;
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(settings: bus.Settings(), sla: Sla);

        var item = await host.Client.CreateItemAsync(new { externalId = "late" });

        await bus.WaitForEventsAsync(e => bus.Of("sla.breached", item.Id).Any(), "the breach");
        var escalated = bus.Of("item.escalated", item.Id).Single()["data"]!;
        Assert.Equal(("raise-priority", 700), ((string?)escalated["action"], (int)escalated["to"]!));
        Assert.Equal("firstResponse", (string?)bus.Of("sla.breached", item.Id).Single()["data"]!["target"]);
        var stream = await host.Redis.StreamRangeAsync($"router:{{{host.Workspace}}}:events");
        Assert.Contains(stream, e => (string?)e["type"] == "sla.breached");
    }

    [Fact]
    public async Task TwoRouterInstances_PublishEachEventOnce()
    {
        await using var bus = await TestBus.CreateAsync();
        var workspace = RouterTestHost.NewWorkspace();
        await using var h1 = await RouterTestHost.StartAsync(workspace, settings: bus.Settings());
        await using var h2 = await RouterTestHost.StartAsync(workspace, settings: bus.Settings());

        var items = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? h1 : h2).Client.CreateItemAsync(new { externalId = $"two-{i}" })));

        await bus.WaitForEventsAsync(e => bus.Of("item.routed").Count() >= items.Length, "every item routed");
        await Task.Delay(500);
        await bus.WaitForEventsAsync(_ => true, "anything left");
        Assert.Equal(items.Length * 2, bus.Events.Count);
        Assert.Equal(bus.Events.Count, bus.EventMessageIds.Distinct().Count());
    }

    [Fact]
    public async Task WithoutABus_NoOutboxIsKept()
    {
        await using var host = await RouterTestHost.StartAsync();

        await host.Client.CreateItemAsync(new { externalId = "quiet" });

        Assert.DoesNotContain(await host.WorkspaceKeysAsync(), k => k.Contains(":outbox", StringComparison.Ordinal));
        var health = JsonDocument.Parse(await host.Anonymous.GetStringAsync("/health")).RootElement;
        Assert.Equal("disabled", health.GetProperty("checks").GetProperty("bus").GetProperty("description").GetString());
    }

    private static async Task<string> WaitForOfferAsync(RouterTestHost host, string itemId, string? except = null)
    {
        var item = await Eventually.GetAsync(
            () => host.Client.GetItemAsync(itemId), i => i.State == "offered" && i.OfferId != except, "an offer", 10_000);
        return item.OfferId!;
    }
}
