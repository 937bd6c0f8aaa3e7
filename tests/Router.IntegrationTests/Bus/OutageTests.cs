using System.Text.Json;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Bus;

/// <summary>Outages of the broker or of Redis delay commands and events; they lose none and double none.</summary>
[Collection(BusTests.Name)]
public sealed class OutageTests
{
    [Fact]
    public async Task BrokerRestartMidStream_NoEventLost_NoneDoubledUnderANewId_AndCommandsResume()
    {
        var broker = await RabbitMqBroker.GetAsync();
        var own = broker.Ctl is null ? await RabbitMqBroker.StartPrivateAsync() : null;
        broker = own ?? broker;
        try
        {
            var bus = await TestBus.CreateAsync(broker);
            await using var host = await RouterTestHost.StartAsync(settings: bus.Settings());
            var created = new List<string>();
            for (var i = 0; i < 10; i++)
            {
                created.Add((await host.Client.CreateItemAsync(new { externalId = $"before-{i}" })).Id);
            }

            await broker.StopAppAsync();
            for (var i = 0; i < 10; i++)
            {
                created.Add((await host.Client.CreateItemAsync(new { externalId = $"during-{i}" })).Id);
            }

            var health = await Eventually.GetAsync(
                async () => JsonDocument.Parse(await host.Anonymous.GetStringAsync("/health")).RootElement,
                h => h.GetProperty("checks").GetProperty("bus").GetProperty("status").GetString() == "degraded", "the bus degraded", 10_000);
            Assert.Contains("disconnected", health.GetProperty("checks").GetProperty("bus").GetProperty("description").GetString(), StringComparison.Ordinal);
            await broker.StartAppAsync();
            await using var after = await TestBus.ReopenAsync(bus);
            await after.SendCommandAsync("after-restart", "item.create", new { externalId = "after" });

            await after.WaitForEventsAsync(
                e => after.Of("item.created").Count() >= created.Count + 1 && after.Of("item.routed").Count() >= created.Count + 1, "every event", 30_000);
            await Task.Delay(300);
            await after.WaitForEventsAsync(_ => true, "any duplicates");
            // A send the broker took but never confirmed (it was stopping) goes again after the reconnect: at-least-once.
            // The copy carries the same message-id and body, so a consumer that dedupes by message-id sees each event once.
            var firstCopies = after.Events.DistinctBy(e => (string)e["id"]!).ToList();
            Assert.Equal(created, firstCopies.Where(e => (string?)e["type"] == "item.created").Take(created.Count).Select(e => (string)e["subject"]!));
            Assert.Equal((created.Count + 1) * 2, firstCopies.Count);
            Assert.Equal(after.Events.Select(e => (string)e["id"]!), after.EventMessageIds);
            Assert.All(after.Events.GroupBy(e => (string)e["id"]!), copies => Assert.Single(copies.Select(c => c.ToJsonString()).Distinct()));
        }
        finally
        {
            if (own is not null)
            {
                await own.StopAsync();
            }
        }
    }

    [Fact]
    public async Task BrokerStopsWhileBatchesAreInFlight_NoEventLost_InStreamOrder_AndCopiesKeepTheirIds()
    {
        // Enough events that publishing them (100 in flight at a time) outlasts the broker's stop.
        const int Events = 30_000;
        var broker = await RabbitMqBroker.GetAsync();
        var own = broker.Ctl is null ? await RabbitMqBroker.StartPrivateAsync() : null;
        broker = own ?? broker;
        try
        {
            var bus = await TestBus.CreateAsync(broker);
            var workspace = RouterTestHost.NewWorkspace();
            var outbox = $"router:{{{workspace}}}:outbox";
            await using var host = await RouterTestHost.StartAsync(workspace);
            // A backlog as an outage leaves it, written the way the scripts write events (emit in _lib.lua).
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await Task.WhenAll(Enumerable.Range(0, Events).Select(i => host.Redis.StreamAddAsync(outbox,
                [new("type", "test.piled"), new("subject", $"s{i}"), new("at", now), new("data", $$"""{"n":{{i}}}""")])));

            await using var publisher = await RouterTestHost.StartAsync(workspace, settings: bus.Settings());
            await bus.WaitForEventsAsync(e => e.Count > 0, "the first events", 30_000);
            await broker.StopAppAsync();
            Assert.True(await host.Redis.StreamLengthAsync(outbox) > 0, "the broker stopped before the publisher was done");
            await broker.StartAppAsync();
            await using var after = await TestBus.ReopenAsync(bus);

            await after.WaitForEventsAsync(
                e => bus.Events.Count + e.Count >= Events && bus.Events.Concat(e).Select(x => (string)x["id"]!).Distinct().Count() >= Events,
                "every event", 60_000);
            await Task.Delay(300);
            await after.WaitForEventsAsync(_ => true, "any duplicates");
            // Before the stop and after it: every event, in stream order, each id always with the same body.
            var all = bus.Events.Concat(after.Events).ToList();
            var firstCopies = all.DistinctBy(e => (string)e["id"]!).Select(e => (int)e["data"]!["n"]!).ToList();
            Assert.Equal(Enumerable.Range(0, Events), firstCopies);
            Assert.All(all.GroupBy(e => (string)e["id"]!), copies => Assert.Single(copies.Select(c => c.ToJsonString()).Distinct()));
            await Eventually.GetAsync(() => host.Redis.StreamLengthAsync(outbox), n => n == 0, "the outbox trimmed", 10_000);
        }
        finally
        {
            if (own is not null)
            {
                await own.StopAsync();
            }
        }
    }

    [Fact]
    public async Task RedisAway_TheCommandIsReleased_AndTakesEffectWhenRedisIsBack()
    {
        await using var redis = await PrivateRedis.StartAsync();
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(
            settings: bus.Settings(new Dictionary<string, string?> { ["Router:Bus:MaxDeliveries"] = "100" }), redisConnectionString: redis.ConnectionString);

        await redis.StopAsync();
        await bus.SendCommandAsync("while-away", "item.create", new { externalId = "patient" });
        Assert.Empty(await bus.DeadLettersAsync(_ => true, settle: TimeSpan.FromSeconds(2), timeoutMs: 0));
        await redis.StartAgainAsync();

        await bus.WaitForEventsAsync(e => bus.Of("item.created").Any(), "the item, once Redis is back", 20_000);
        Assert.Equal("patient", (string?)bus.Of("item.created").Single()["data"]!["externalId"]);
    }

    [Fact]
    public async Task RedisAwayLongerThanMaxDeliveries_TheCommandIsRejectedOnce()
    {
        await using var redis = await PrivateRedis.StartAsync();
        await using var bus = await TestBus.CreateAsync();
        await using var host = await RouterTestHost.StartAsync(
            settings: bus.Settings(new Dictionary<string, string?> { ["Router:Bus:MaxDeliveries"] = "2" }), redisConnectionString: redis.ConnectionString);

        await redis.StopAsync();
        await bus.SendCommandAsync("hopeless", "item.create", new { externalId = "hopeless" });

        var dead = await bus.DeadLettersAsync(m => m.Properties?.MessageId == "hopeless", settle: TimeSpan.FromSeconds(1), timeoutMs: 15_000);
        Assert.Single(dead);
        await redis.StartAgainAsync();
    }
}
