using Router.IntegrationTests.Infrastructure;
using Router.Redis;

namespace Router.IntegrationTests.Dispatch;

/// <summary>
/// The intake script offers a new item itself only when nothing waits ahead of it; otherwise the queue's order is the
/// dispatcher's to keep, and intake wakes it. The periodic rescan is pushed out of reach here, so an item that is
/// offered at all was offered by intake or by intake's wake-up.
/// </summary>
public sealed class IntakeOfferTests
{
    private static readonly Dictionary<string, string?> NoRescan = new()
    {
        ["Router:Dispatch:RescanIntervalMilliseconds"] = "600000",
    };

    [Fact]
    public async Task NewItem_WithAnAgentReady_IsOfferedInItsOwnCreateAnswer()
    {
        await using var host = await RouterTestHost.StartAsync(settings: NoRescan);
        await host.Client.AddAvailableAgentAsync("a1");

        var created = await host.Client.CreateItemAsync(new { subject = "first" });

        Assert.Equal("offered", created.State);
        Assert.Equal("a1", created.AgentId);
        Assert.Equal(["created", "offered"], created.History.Select(h => (string?)h["type"]));
        Assert.Equal(0, await host.Redis.SortedSetLengthAsync($"router:{{{host.Workspace}}}:queue:general"));
        Assert.Equal(created.Id, (await host.Client.WaitForOffersAsync("a1")).Single().ItemId);
    }

    [Fact]
    public async Task NewItem_BehindOneNobodyCanTake_IsOfferedWithoutWaitingForTheRescan()
    {
        await using var host = await RouterTestHost.StartAsync(settings: NoRescan);
        await host.Client.AddAvailableAgentAsync("a1", new() { ["email"] = 1 });
        var fax = await host.Client.CreateItemAsync(new { channel = "fax", priority = 10 });

        var email = await host.Client.CreateItemAsync(new { channel = "email" });

        Assert.Equal("queued", email.State); // not intake's to hand out: an item waits ahead of it
        Assert.Equal(email.Id, (await host.Client.WaitForOffersAsync("a1")).Single().ItemId);
        Assert.Equal("queued", (await host.Client.GetItemAsync(fax.Id)).State);
    }

    [Fact]
    public async Task NewItem_DoesNotTakeTheAgentFromAnOlderItemWaitingForIt()
    {
        await using var host = await RouterTestHost.StartAsync(settings: NoRescan);
        await host.Client.PutAgentAsync("a1"); // one api slot, offline
        var older = await host.Client.CreateItemAsync(new { subject = "older" });
        // The agent turns available without the dispatcher hearing of it (as through another router instance
        // before its signal lands): the older item still waits while the agent is ready.
        await host.Service<RouterScripts>().RunAsync(
            RouterScript.AgentStatus, $"router:{{{host.Workspace}}}:agent:a1", "a1", "available", "test");

        var newer = await host.Client.CreateItemAsync(new { subject = "newer" });

        Assert.Equal("queued", newer.State);
        Assert.Equal(older.Id, (await host.Client.WaitForOffersAsync("a1")).Single().ItemId);
        Assert.Equal("queued", (await host.Client.GetItemAsync(newer.Id)).State);
    }
}
