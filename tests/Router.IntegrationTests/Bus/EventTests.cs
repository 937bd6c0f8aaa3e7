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
    public async Task ABacklogOfEvents_GoesOutInBatches_InStreamOrder_EachOnce_AndTheOutboxEmpties()
    {
        const int Items = 260; // 520 events: five full batches of in-flight sends and a partial one
        await using var bus = await TestBus.CreateAsync();
        var workspace = RouterTestHost.NewWorkspace();
        var outbox = $"router:{{{workspace}}}:outbox";
        string[] created;
        await using (var quiet = await RouterTestHost.StartAsync(workspace))
        {
            // The scripts write the outbox while outbox:on exists; with no publisher yet the events pile up, as in an
            // outage, so the publisher below starts on a full backlog instead of taking them as they come.
            await quiet.Redis.StringSetAsync(outbox + ":on", "1");
            created = await Task.WhenAll(Enumerable.Range(0, Items).Select(async i => (await quiet.Client.CreateItemAsync(new { externalId = $"pile-{i}" })).Id));
            Assert.Equal(Items * 2, await quiet.Redis.StreamLengthAsync(outbox));
        }

        await using var host = await RouterTestHost.StartAsync(workspace, settings: bus.Settings());

        await bus.WaitForEventsAsync(e => e.Count >= Items * 2, "every event", 30_000);
        await Task.Delay(300);
        await bus.WaitForEventsAsync(_ => true, "any duplicates");
        Assert.Equal(Items * 2, bus.Events.Count);
        Assert.Equal(Items * 2, bus.EventMessageIds.Distinct().Count());
        var streamIds = bus.Events.Select(e => StreamId((string)e["id"]!, workspace)).ToList();
        Assert.Equal(streamIds.Order().ToList(), streamIds);
        Assert.Equal(created.Order(), bus.Of("item.created").Select(e => (string)e["subject"]!).Order());
        Assert.All(created, id => Assert.Equal(["item.created", "item.routed"], bus.Events.Where(e => (string?)e["subject"] == id).Select(e => (string)e["type"]!)));
        await Eventually.GetAsync(() => host.Redis.StreamLengthAsync(outbox), lag => lag == 0, "the outbox trimmed", 5_000);
        Assert.Equal(bus.Events[^1]["id"]!.ToString(), $"{workspace}:{await host.Redis.StringGetAsync(outbox + ":cursor")}");
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

    // "ws:1700000000000-3" → (1700000000000, 3): the outbox stream id the event was published from, in stream order.
    private static (long Ms, long Seq) StreamId(string eventId, string workspace)
    {
        var parts = eventId[(workspace.Length + 1)..].Split('-');
        return (long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string> WaitForOfferAsync(RouterTestHost host, string itemId, string? except = null)
    {
        var item = await Eventually.GetAsync(
            () => host.Client.GetItemAsync(itemId), i => i.State == "offered" && i.OfferId != except, "an offer", 10_000);
        return item.OfferId!;
    }
}
