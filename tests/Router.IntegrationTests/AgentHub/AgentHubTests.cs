using System.Net;
using Microsoft.AspNetCore.SignalR;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.AgentHub;

/// <summary>Agents signed in to <c>/hubs/agents</c> get offers pushed and answer them through the hub.</summary>
public sealed class AgentHubTests
{
    [Fact]
    public async Task ConnectedAgent_GetsTheOfferPushed_AndAcceptsIt_ThenTheItemIsPushed()
    {
        await using var host = await RouterTestHost.StartAsync(settings: AgentClient.Settings());
        await host.Client.AddAvailableAgentAsync("ana");
        await using var agent = await AgentClient.ConnectAsync(host, "ana");

        var created = await host.Client.CreateItemAsync(new { subject = "hello" });
        var offer = await agent.NextOfferAsync();

        Assert.Equal((created.Id, "general", "api"), (offer.ItemId, offer.Queue, offer.Channel));
        Assert.True(offer.ExpiresAt > offer.CreatedAt);
        Assert.Equal("ana", offer.AgentId);
        var accepted = await agent.AcceptAsync(offer.Id);
        Assert.Equal(("assigned", "ana"), (accepted.State, accepted.AgentId));
        Assert.Equal(("assigned", created.Id), ((await agent.NextItemAsync()).State, accepted.Id));
        Assert.Equal("assigned", (await host.Client.GetItemAsync(created.Id)).State);
    }

    [Fact]
    public async Task Reject_ThroughTheHub_PutsTheItemBack_AndPushesTheEnd()
    {
        await using var host = await RouterTestHost.StartAsync(settings: AgentClient.Settings());
        await host.Client.AddAvailableAgentAsync("ana");
        await using var agent = await AgentClient.ConnectAsync(host, "ana");
        var created = await host.Client.CreateItemAsync(new { subject = "hello" });
        var offer = await agent.NextOfferAsync();

        var item = await agent.RejectAsync(offer.Id, "not mine");

        Assert.Equal("queued", item.State);
        var end = await agent.NextOfferEndedAsync();
        Assert.Equal((offer.Id, created.Id, "rejected"), (end.OfferId, end.ItemId, end.Outcome));
    }

    [Fact]
    public async Task Offers_ListsWhatWasPendingBeforeConnecting()
    {
        await using var host = await RouterTestHost.StartAsync(settings: AgentClient.Settings());
        await host.Client.AddAvailableAgentAsync("ana");
        var created = await host.Client.CreateItemAsync(new { subject = "waiting" });
        await host.Client.WaitForOffersAsync("ana");

        await using var agent = await AgentClient.ConnectAsync(host, "ana");

        Assert.Equal(created.Id, Assert.Single(await agent.OffersAsync()).ItemId);
    }

    [Fact]
    public async Task Complete_ThroughTheHub_ClosesTheItem_AndPushesIt()
    {
        await using var host = await RouterTestHost.StartAsync(settings: AgentClient.Settings());
        await host.Client.AddAvailableAgentAsync("ana");
        await using var agent = await AgentClient.ConnectAsync(host, "ana", RouterTestHost.ApiKey);
        var created = await host.Client.CreateItemAsync(new { subject = "hello" });
        await agent.AcceptAsync((await agent.NextOfferAsync()).Id);
        await agent.NextItemAsync();

        var completed = await agent.CompleteAsync(created.Id);

        Assert.Equal("completed", completed.State);
        Assert.Equal("completed", (await agent.NextItemAsync()).State);
    }

    [Fact]
    public async Task AnotherAgentsOfferAndItem_CannotBeAnsweredOrCompleted()
    {
        await using var host = await RouterTestHost.StartAsync(settings: AgentClient.Settings());
        await host.Client.AddAvailableAgentAsync("ana");
        await host.Client.PutAgentAsync("ben");
        await using var ana = await AgentClient.ConnectAsync(host, "ana");
        await using var ben = await AgentClient.ConnectAsync(host, "ben");
        var created = await host.Client.CreateItemAsync(new { subject = "hello" });
        var offer = await ana.NextOfferAsync();

        var accept = await Assert.ThrowsAsync<HubException>(() => ben.AcceptAsync(offer.Id));
        var reject = await Assert.ThrowsAsync<HubException>(() => ben.RejectAsync(offer.Id));
        var complete = await Assert.ThrowsAsync<HubException>(() => ben.CompleteAsync(created.Id));

        Assert.All([accept, reject, complete], e => Assert.Contains("is not yours", e.Message, StringComparison.Ordinal));
        Assert.Equal("offered", (await host.Client.GetItemAsync(created.Id)).State);
    }

    [Fact]
    public async Task Call_OnAnOpenConnection_AfterTheTokenSecretWasRotated_IsRefused()
    {
        await using var host = await RouterTestHost.StartAsync(settings: AgentClient.Settings());
        await host.Client.PutAgentAsync("ana");
        await using var agent = await AgentClient.ConnectAsync(host, "ana");

        var config = (IConfigurationRoot)host.App.Configuration;
        config["Router:AgentHub:TokenSecret"] = "rotated-agent-secret-0123456789abcdefghij";
        config.Reload();

        var refused = await Assert.ThrowsAsync<HubException>(() => agent.OffersAsync());
        Assert.Contains("no longer accepted", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissedOffer_PushesItsExpiry_AndTheStatusTheRouterSet()
    {
        var settings = AgentClient.Settings();
        settings["Router:Dispatch:OfferTimeoutSeconds"] = "1";
        settings["Router:Dispatch:MissedOffersBeforeAway"] = "1";
        await using var host = await RouterTestHost.StartAsync(settings: settings);
        await host.Client.AddAvailableAgentAsync("ana");
        await using var agent = await AgentClient.ConnectAsync(host, "ana");
        var created = await host.Client.CreateItemAsync(new { subject = "nobody answers" });
        var offer = await agent.NextOfferAsync();

        var end = await agent.NextOfferEndedAsync();
        var status = await agent.NextStatusAsync();

        Assert.Equal((offer.Id, created.Id, "expired"), (end.OfferId, end.ItemId, end.Outcome));
        Assert.Equal("away", status.Status);
        Assert.False(string.IsNullOrEmpty(status.Reason));
    }
}
