using System.Text.Json.Nodes;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Bus;

/// <summary>Commands from a CRM over AMQP 1.0 change the router's state, and the events come back out.</summary>
[Collection(BusTests.Name)]
public sealed class CommandRoundTripTests
{
    [Fact]
    public async Task CreateItem_OverTheBus_IsQueued_AndCreatedAndRoutedEventsComeBack()
    {
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(settings: bus.Settings());

        await bus.SendCommandAsync("m-1", "item.create", new { externalId = "crm-1", subject = "Refund", attributes = new { tier = "gold" } });

        var events = await bus.WaitForEventsAsync(e => e.Any(x => (string?)x["type"] == "item.routed"), "item.created and item.routed");
        var created = bus.Of("item.created").Single();
        var itemId = (string)created["subject"]!;
        var item = await host.Client.GetItemAsync(itemId);
        Assert.Equal(("queued", "general", "crm-1"), (item.State, item.Queue, item.ExternalId));
        Assert.Equal("crm-1", (string?)created["data"]!["externalId"]);
        Assert.Equal(host.Workspace, (string?)created["workspace"]);
        Assert.StartsWith(host.Workspace + ":", (string)created["id"]!);
        Assert.Equal((string)created["id"]!, bus.EventMessageIds[0]);
        Assert.True(DateTimeOffset.TryParse((string?)created["time"], out _));
        Assert.Equal("general", (string?)bus.Of("item.routed", itemId).Single()["data"]!["queue"]);
        Assert.Equal(["item.created", "item.routed"], events.Select(e => (string)e["type"]!));
    }

    [Fact]
    public async Task CreateItem_WithACrmChannelName_BecomesApi_KeepingTheCrmNameInAttributes()
    {
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(settings: bus.Settings());

        await bus.SendCommandAsync("m-wa", "item.create", new { channel = "whatsapp", externalId = "wa-1" });

        await bus.WaitForEventsAsync(e => e.Count >= 1, "item.created");
        var item = await host.Client.GetItemAsync((string)bus.Of("item.created").Single()["subject"]!);
        Assert.Equal("api", item.Channel);
        Assert.Equal("whatsapp", (string?)item.Attributes!["crmChannel"]);
    }

    [Fact]
    public async Task CreateItem_ContactEmail_LinksTheSameContactAsTheApi()
    {
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(settings: bus.Settings());
        var viaApi = await host.Client.CreateItemAsync(new { contact = new { email = "eve@example.com" } });

        await bus.SendCommandAsync("m-eve", "item.create", new { externalId = "crm-eve", contact = new { email = "Eve@Example.com" } });

        await bus.WaitForEventsAsync(e => e.Count(x => (string?)x["type"] == "item.created") >= 2, "two items created");
        var viaBus = await host.Client.GetItemAsync((string)bus.Of("item.created").Single(c => (string?)c["data"]!["externalId"] == "crm-eve")["subject"]!);
        Assert.NotNull(viaApi.ContactId);
        Assert.Equal(viaApi.ContactId, viaBus.ContactId);
    }

    [Fact]
    public async Task CreateItem_RedeliveredWithTheSameMessageId_AndNoExternalId_CreatesOneItem()
    {
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(settings: bus.Settings());

        await bus.SendCommandAsync("same", "item.create", new { subject = "once" });
        await bus.SendCommandAsync("same", "item.create", new { subject = "once" });
        await bus.SendCommandAsync("marker", "item.create", new { subject = "marker" });

        await bus.WaitForEventsAsync(e => e.Count(x => (string?)x["type"] == "item.created") == 2, "two items");
        Assert.Equal(["bus:same", "bus:marker"], bus.Of("item.created").Select(e => (string?)e["data"]!["externalId"]));
    }

    [Fact]
    public async Task AgentStatus_OldCommandRedeliveredAfterANewerOne_ChangesNothing()
    {
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(settings: bus.Settings());
        await host.Client.PutAgentAsync("a1");

        await bus.SendCommandAsync("s-1", "agent.status", new { agentId = "a1", status = "available" });
        await bus.SendCommandAsync("s-2", "agent.status", new { agentId = "a1", status = "away", reason = "lunch" });
        await bus.SendCommandAsync("s-1", "agent.status", new { agentId = "a1", status = "available" });
        await bus.SendCommandAsync("s-3", "agent.status", new { agentId = "a1", status = "busy" });

        await bus.WaitForEventsAsync(e => bus.Of("agent.status_changed").Count() >= 3, "three status changes");
        Assert.Equal(["available", "away", "busy"], bus.Of("agent.status_changed", "a1").Select(e => (string?)e["data"]!["status"]));
        Assert.Equal("busy", (await host.Client.GetAgentAsync("a1")).Status);
    }

    [Fact]
    public async Task UpdateContact_MergesAttributes_AndARedeliveryDoesNotUndoALaterChange()
    {
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(settings: bus.Settings());

        await bus.SendCommandAsync("c-1", "contact.update", new { handle = "email:Ann@Example.com", attributes = new { tier = "gold", language = "es" } });
        await bus.SendCommandAsync("c-2", "contact.update", new { handle = "email:Ann@Example.com", attributes = new { tier = "platinum", vip = true } });
        await bus.SendCommandAsync("c-1", "contact.update", new { handle = "email:Ann@Example.com", attributes = new { tier = "gold", language = "es" } });
        await bus.SendCommandAsync("c-3", "contact.update", new JsonObject { ["handle"] = "email:ann@example.com", ["attributes"] = new JsonObject { ["language"] = null } });

        await bus.WaitForEventsAsync(e => e.Count(x => (string?)x["type"] == "contact.updated") >= 3, "three contact updates");
        var contactId = (string?)await host.Redis.HashGetAsync($"router:{{{host.Workspace}}}:contacts:handles", "email:ann@example.com");
        var stored = (string?)await host.Redis.HashGetAsync($"router:{{{host.Workspace}}}:contact:{contactId}", "attributes");
        Assert.Equal("""{"tier":"platinum","vip":true}""", stored);
    }
}
