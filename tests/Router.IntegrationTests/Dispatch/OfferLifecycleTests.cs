using System.Net;
using Microsoft.Extensions.Time.Testing;
using Router.Dispatch;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Dispatch;

public sealed class OfferLifecycleTests
{
    private static readonly Dictionary<string, string?> ShortOffers = new()
    {
        ["Router:Dispatch:OfferTimeoutSeconds"] = "30",
        ["Router:Dispatch:MissedOffersBeforeAway"] = "2",
    };

    [Fact]
    public async Task Accept_AssignsItemToAgent_AndASecondAcceptIs409()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.AddAvailableAgentAsync("a1");
        var item = await host.Client.CreateItemAsync(new { externalId = "acc" });
        var offer = (await host.Client.WaitForOffersAsync("a1")).Single();

        var assigned = await host.Client.AcceptAsync(offer.Id);

        Assert.Equal("assigned", assigned.State);
        Assert.Equal("a1", assigned.AgentId);
        Assert.Equal(["created", "offered", "assigned"], assigned.History.Select(h => (string?)h["type"]));
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.PostAsync($"/v1/offers/{offer.Id}/accept", null)).StatusCode);
        Assert.Empty(await host.Client.OffersAsync("a1"));
        Assert.Equal(item.Id, assigned.Id);
    }

    [Fact]
    public async Task Reject_ReturnsItemToItsOriginalPlace_AndNotToTheSameAgent()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.PutAgentAsync("a1");
        await host.Client.PutAgentAsync("a2");
        var first = await host.Client.CreateItemAsync(new { });
        var second = await host.Client.CreateItemAsync(new { });
        var third = await host.Client.CreateItemAsync(new { });
        await host.Client.SetStatusAsync("a1", "available");
        var offer = (await host.Client.WaitForOffersAsync("a1")).Single();
        Assert.Equal(first.Id, offer.ItemId);

        var rejected = await host.Client.RejectAsync(offer.Id);

        Assert.Contains(rejected.History, h => (string?)h["type"] == "offer.rejected");
        var next = (await host.Client.WaitForOffersAsync("a1")).Single();
        Assert.Equal(second.Id, next.ItemId); // a1 declined the first item
        await host.Client.SetStatusAsync("a2", "available");
        var forA2 = (await host.Client.WaitForOffersAsync("a2")).Single();
        Assert.Equal(first.Id, forA2.ItemId); // ahead of the third: its original place
        Assert.Equal("queued", (await host.Client.GetItemAsync(third.Id)).State);
    }

    [Fact]
    public async Task Offer_TimesOut_ItemReturnsToItsPlaceInQueue_AndMissedOffersSetAgentAway()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(settings: ShortOffers, time: time);
        var sweeper = host.Service<OfferSweeper>();
        await host.Client.AddAvailableAgentAsync("a1");
        var first = await host.Client.CreateItemAsync(new { });
        await host.Client.WaitForOffersAsync("a1");

        time.Advance(TimeSpan.FromSeconds(31));
        await sweeper.SweepAsync();

        var back = await host.Client.GetItemAsync(first.Id);
        Assert.Equal("queued", back.State);
        Assert.Equal("offer.expired", (string?)back.History[^1]["type"]);
        Assert.Equal(1, (await host.Client.GetAgentAsync("a1")).MissedOffers);
        Assert.Equal("available", (await host.Client.GetAgentAsync("a1")).Status);

        var second = await host.Client.CreateItemAsync(new { });
        Assert.Equal(second.Id, (await host.Client.WaitForOffersAsync("a1")).Single().ItemId);
        time.Advance(TimeSpan.FromSeconds(31));
        await sweeper.SweepAsync();

        var agent = await host.Client.GetAgentAsync("a1");
        Assert.Equal("away", agent.Status);
        Assert.Contains("missed 2 offers", agent.StatusReason, StringComparison.Ordinal);
        Assert.Equal(0, agent.Load["total"]);
        Assert.Equal(2, (await host.Client.QueueAsync("general")).Waiting);
    }

    [Fact]
    public async Task AcceptAfterExpiry_Is409_AndItemIsQueuedAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(settings: ShortOffers, time: time);
        await host.Client.AddAvailableAgentAsync("a1");
        var item = await host.Client.CreateItemAsync(new { });
        var offer = (await host.Client.WaitForOffersAsync("a1")).Single();

        time.Advance(TimeSpan.FromSeconds(30));
        var response = await host.Client.PostAsync($"/v1/offers/{offer.Id}/accept", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("queued", (await host.Client.GetItemAsync(item.Id)).State);
        Assert.Equal(0, (await host.Client.GetAgentAsync("a1")).Load["total"]);
    }

    [Fact]
    public async Task Complete_WithWrapUp_HoldsOffersUntilWrapUpEnds()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(time: time);
        await host.Client.AddAvailableAgentAsync("a1");
        var first = await host.Client.CreateItemAsync(new { });
        var second = await host.Client.CreateItemAsync(new { });
        var offer = (await host.Client.WaitForOffersAsync("a1")).Single();
        await host.Client.AcceptAsync(offer.Id);

        var completed = await host.Client.CompleteAsync(first.Id, wrapUpSeconds: 10);

        Assert.Equal("completed", completed.State);
        Assert.Equal("wrap-up", (await host.Client.GetAgentAsync("a1")).Status);
        await Task.Delay(300);
        Assert.Empty(await host.Client.OffersAsync("a1"));
        time.Advance(TimeSpan.FromSeconds(11));
        await host.Service<OfferSweeper>().SweepAsync();
        Assert.Equal(second.Id, (await host.Client.WaitForOffersAsync("a1")).Single().ItemId);
        Assert.Equal("available", (await host.Client.GetAgentAsync("a1")).Status);
    }

    [Fact]
    public async Task AgentGoingOffline_RevokesPendingOffers_ItemsReturnToQueue()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.AddAvailableAgentAsync("a1");
        var item = await host.Client.CreateItemAsync(new { });
        await host.Client.WaitForOffersAsync("a1");

        await host.Client.SetStatusAsync("a1", "offline");

        var back = await host.Client.GetItemAsync(item.Id);
        Assert.Equal("queued", back.State);
        Assert.Equal("offer.revoked", (string?)back.History[^1]["type"]);
        Assert.Equal(0, (await host.Client.GetAgentAsync("a1")).Load["total"]);
    }

    [Fact]
    public async Task CompletingAQueuedItem_RemovesItFromTheQueue_AndCompletingTwiceIs409()
    {
        await using var host = await RouterTestHost.StartAsync();
        var item = await host.Client.CreateItemAsync(new { });

        await host.Client.CompleteAsync(item.Id);

        Assert.Equal(0, (await host.Client.QueueAsync("general")).Waiting);
        var again = await host.Client.PostAsync($"/v1/items/{item.Id}/complete", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task InboxStream_CarriesTheOffer_ForCrmsReadingRedis()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.AddAvailableAgentAsync("a1");
        var item = await host.Client.CreateItemAsync(new { });
        var offer = (await host.Client.WaitForOffersAsync("a1")).Single();

        var entries = await host.Redis.StreamRangeAsync($"router:{{{host.Workspace}}}:agent:a1:inbox");

        var entry = Assert.Single(entries);
        Assert.Equal("offer", (string?)entry["type"]);
        Assert.Equal(offer.Id, (string?)entry["offerId"]);
        Assert.Equal(item.Id, (string?)entry["itemId"]);
    }
}
