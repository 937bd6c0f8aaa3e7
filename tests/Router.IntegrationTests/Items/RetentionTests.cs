using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Router.IntegrationTests.Bus;
using Router.IntegrationTests.Infrastructure;
using Router.Items;
using StackExchange.Redis;

namespace Router.IntegrationTests.Items;

/// <summary>Completed items leave Redis once their retention is over, with everything they held; nothing else does.</summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task ACompletedItemPastItsRetention_IsPurgedWithItsKeys_AndItsExternalIdIsFreeAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(time: time, settings: Retention(days: "1"));
        var prefix = $"router:{{{host.Workspace}}}:";
        await host.Redis.StringSetAsync(prefix + "outbox:on", "1");
        await host.Client.AddAvailableAgentAsync("a1");
        var old = await host.Client.CreateItemAsync(new { externalId = "ret-old" });
        var offer = (await host.Client.WaitForOffersAsync("a1")).Single();
        await host.Client.AcceptAsync(offer.Id);
        await host.Client.CompleteAsync(old.Id);
        var open = await host.Client.CreateItemAsync(new { externalId = "ret-open" });

        time.Advance(TimeSpan.FromHours(12));
        var recent = await host.Client.CreateItemAsync(new { externalId = "ret-recent" });
        await host.Client.CompleteAsync(recent.Id);
        time.Advance(TimeSpan.FromHours(13));

        // The purge runs on its own every PurgeIntervalSeconds (of the router's clock, which the test moves).
        await Eventually.GetAsync(
            async () => (await host.Client.GetAsync($"/v1/items/{old.Id}")).StatusCode, status => status == HttpStatusCode.NotFound, "the purge", 10_000);
        foreach (var gone in new[] { "item:" + old.Id, $"item:{old.Id}:history", "offer:" + offer.Id })
        {
            Assert.False(await host.Redis.KeyExistsAsync(prefix + gone), $"{gone} is still there");
        }

        Assert.False(await host.Redis.HashExistsAsync(prefix + "ext", "ret-old"));
        Assert.Null(await host.Redis.SortedSetScoreAsync(prefix + "items:completed", old.Id));
        Assert.Equal("completed", (await host.Client.GetItemAsync(recent.Id)).State);
        Assert.NotEqual("completed", (await host.Client.GetItemAsync(open.Id)).State);
        var purged = await host.Redis.StreamRangeAsync(prefix + "outbox");
        Assert.Contains(purged, e => e["type"] == "item.purged" && e["subject"] == old.Id);
        Assert.DoesNotContain(purged, e => e["type"] == "item.purged" && e["subject"] != old.Id);

        var again = await host.Client.CreateItemAsync(new { externalId = "ret-old" });
        Assert.NotEqual(old.Id, again.Id);
        Assert.Equal(0, await host.Service<CompletedItemPurger>().PurgeAsync());
    }

    [Fact]
    public async Task WithRetentionZero_CompletedItemsStay()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(time: time, settings: Retention(days: "0"));
        var item = await host.Client.CreateItemAsync(new { externalId = "keep" });
        await host.Client.CompleteAsync(item.Id);

        time.Advance(TimeSpan.FromDays(2)); // past any retention but 0; the router's timers fire through it

        Assert.Equal(0, await host.Service<CompletedItemPurger>().PurgeAsync());
        Assert.Equal("completed", (await host.Client.GetItemAsync(item.Id)).State);
    }

    [Fact]
    public async Task RedisAway_ThePurgeFailsLoudly_AndPurgesAtALaterIntervalOnceRedisIsBack()
    {
        await using var redis = await PrivateRedis.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(time: time, settings: Retention(days: "1"), redisConnectionString: redis.ConnectionString);
        var item = await host.Client.CreateItemAsync(new { externalId = "while-away" });
        await host.Client.CompleteAsync(item.Id);

        await redis.StopAsync();
        time.Advance(TimeSpan.FromDays(2));
        await Assert.ThrowsAnyAsync<RedisException>(() => host.Service<CompletedItemPurger>().PurgeAsync());
        await redis.StartAgainAsync();

        // The purge's own loop went on after its failed run; each pass of the clock gives it another interval.
        await Eventually.GetAsync(
            async () =>
            {
                time.Advance(TimeSpan.FromSeconds(RetentionOptions.DefaultPurgeIntervalSeconds));
                return (await host.Client.GetAsync($"/v1/items/{item.Id}")).StatusCode;
            },
            status => status == HttpStatusCode.NotFound, "the purge after Redis came back", 20_000);
    }

    [Fact]
    public async Task ANegativeRetention_StopsTheRouterAtStart_NamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RouterTestHost.StartAsync(settings: Retention(days: "-1")));
        Assert.Contains("CompletedItemDays", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Retention(string days) => new() { ["Router:Retention:CompletedItemDays"] = days };
}
