using System.Net;
using System.Net.Http.Json;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Observability;

[Collection(ExactMetrics.Name)]
public sealed class MetricsTests
{
    private static readonly Dictionary<string, string?> FreshGauges = new() { ["Router:Telemetry:GaugeCacheSeconds"] = "0" };

    [Fact]
    public async Task Scrape_AfterIntakeOffersAndAccept_CountsEachWithItsLabels()
    {
        await using var host = await RouterTestHost.StartAsync(settings: FreshGauges);
        await host.Client.PutAgentAsync("a1", capacity: new() { ["api"] = 5 });
        var queued = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            queued.Add((await host.Client.CreateItemAsync(new { externalId = $"m{i}", subject = "s", text = "t" })).Id);
        }

        var beforeAgents = await PrometheusScrape.ReadAsync(host.Anonymous);
        await host.Client.SetStatusAsync("a1", "available");
        var offers = await host.Client.WaitForOffersAsync("a1", 3);
        await host.Client.AcceptAsync(offers[0].Id);
        var inline = await host.Client.CreateItemAsync(new { externalId = "m3", subject = "s", text = "t" });
        await host.Client.PostAsJsonAsync("/v1/items", new { externalId = "m0" }); // a redelivery
        await host.Client.PostAsJsonAsync("/v1/items", new { channel = "pigeon" }); // refused: 400
        // Offers are counted just after the dispatch script returns, so the scrape may have to wait a moment for them.
        var after = await Eventually.GetAsync(
            () => PrometheusScrape.ReadAsync(host.Anonymous),
            s => s.Value("router_ingest_to_offer_seconds_count", ("queue", "general"), ("path", "dispatcher")) == 3,
            "the dispatcher's three first offers");

        Assert.Equal(3, beforeAgents.Value("router_items_received_total", ("channel", "api"), ("outcome", "created")));
        Assert.Equal(3, beforeAgents.Value("router_queue_depth", ("queue", "general")));
        Assert.Equal(0, beforeAgents.Value("router_queue_depth", ("queue", "billing")));
        Assert.InRange(beforeAgents.Value("router_queue_oldest_wait_seconds", ("queue", "general"))!.Value, 0, 60);
        Assert.Equal("offered", inline.State);
        Assert.Equal(4, after.Value("router_items_received_total", ("channel", "api"), ("outcome", "created")));
        Assert.Equal(1, after.Value("router_items_received_total", ("channel", "api"), ("outcome", "duplicate")));
        Assert.Equal(1, after.Value("router_ingest_errors_total", ("channel", "api"), ("reason", "invalid")));
        Assert.Equal(3, after.Value("router_ingest_to_offer_seconds_count", ("queue", "general"), ("path", "dispatcher")));
        Assert.Equal(1, after.Value("router_ingest_to_offer_seconds_count", ("queue", "general"), ("path", "intake")));
        Assert.Equal(1, after.Value("router_offer_to_accept_seconds_count", ("queue", "general"), ("channel", "api")));
        Assert.InRange(after.Value("router_offer_to_accept_seconds_sum", ("queue", "general"), ("channel", "api"))!.Value, 0, 30);
        Assert.Equal(0, after.Value("router_queue_depth", ("queue", "general")));
        Assert.Equal(0, after.Value("router_queue_oldest_wait_seconds", ("queue", "general")));
        Assert.Equal(0, after.Value("router_outbox_lag"));
    }

    [Fact]
    public async Task SlaLadder_CountsEscalationsByAction_AndBreachesByTarget()
    {
        const string Sla = """
            {
              "calendars": { "always": { "timeZone": "UTC", "open": "24/7" } },
              "default": {
                "calendar": "always", "firstResponse": "1s", "resolution": "1h",
                "escalations": [ { "at": "50%", "of": "firstResponse", "action": "raise-priority", "priority": 500 } ]
              }
            }
            """;
        await using var host = await RouterTestHost.StartAsync(sla: Sla);
        var item = await host.Client.CreateItemAsync(new { externalId = "late" });

        await Eventually.GetAsync(() => host.Client.GetItemAsync(item.Id), i => i.Sla!.FirstResponse!.Breached, "the breach");
        var scrape = await Eventually.GetAsync(
            () => PrometheusScrape.ReadAsync(host.Anonymous), s => s.Value("router_sla_breaches_total", ("target", "firstResponse")) is not null, "the breach counted");

        Assert.Equal(1, scrape.Value("router_escalations_total", ("action", "raise-priority")));
        Assert.Equal(1, scrape.Value("router_sla_breaches_total", ("target", "firstResponse")));
        Assert.Null(scrape.Value("router_sla_breaches_total", ("target", "resolution")));
    }

    [Fact]
    public async Task OutboxLag_IsTheOutboxStreamsLength_AndZeroWithoutOne()
    {
        await using var host = await RouterTestHost.StartAsync(settings: FreshGauges);
        var none = await PrometheusScrape.ReadAsync(host.Anonymous);
        var outbox = $"router:{{{host.Workspace}}}:outbox";
        await host.Redis.StreamAddAsync(outbox, "type", "item.created");
        await host.Redis.StreamAddAsync(outbox, "type", "item.offered");

        var two = await PrometheusScrape.ReadAsync(host.Anonymous);

        Assert.Equal(0, none.Value("router_outbox_lag"));
        Assert.Equal(2, two.Value("router_outbox_lag"));
    }

    [Fact]
    public async Task QueueGauges_AreReadOncePerCachePeriod_NotOnEveryScrape()
    {
        await using var host = await RouterTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Router:Telemetry:GaugeCacheSeconds"] = "300" });
        var first = await PrometheusScrape.ReadAsync(host.Anonymous);
        await host.Client.CreateItemAsync(new { externalId = "x" });

        var second = await PrometheusScrape.ReadAsync(host.Anonymous);

        Assert.Equal(0, first.Value("router_queue_depth", ("queue", "general")));
        Assert.Equal(0, second.Value("router_queue_depth", ("queue", "general")));
        Assert.Equal(1, second.Value("router_items_received_total", ("channel", "api"), ("outcome", "created")));
    }

    [Fact]
    public async Task RedisUnreachable_MetricsStillAnswer_WithoutQueueGauges()
    {
        await using var host = await RouterTestHost.StartAsync(
            redisConnectionString: "127.0.0.1:1,connectTimeout=200,syncTimeout=500,asyncTimeout=500,abortConnect=false");

        var scrape = await PrometheusScrape.ReadAsync(host.Anonymous);

        Assert.DoesNotContain(scrape.Samples, s => s.Name == "router_queue_depth");
        Assert.DoesNotContain(scrape.Samples, s => s.Name == "router_outbox_lag");
    }

    [Fact]
    public async Task Metrics_NeedNoKey()
    {
        await using var host = await RouterTestHost.StartAsync();

        using var response = await host.Anonymous.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
