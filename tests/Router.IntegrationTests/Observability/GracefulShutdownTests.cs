using System.Net;
using System.Net.Http.Json;
using Router.IntegrationTests.Infrastructure;
using Router.Items;
using StackExchange.Redis;

namespace Router.IntegrationTests.Observability;

public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task StopWhileCreatesAreInFlight_EveryAcknowledgedItemIsInRedis()
    {
        var host = await RouterTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Router:ShutdownTimeoutSeconds"] = "10" });
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var client = new HttpClient { BaseAddress = host.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = host.Client.DefaultRequestHeaders.Authorization;
        var creates = Enumerable.Range(0, 200).Select(async i =>
        {
            try
            {
                using var response = await client.PostAsJsonAsync("/v1/items", new { externalId = $"s{i}", text = "in flight" });
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await response.Content.ReadFromJsonAsync<WorkItemView>())!.Id);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // refused or cut off by the stopping host: not acknowledged, so the client would retry
            }
        }).ToArray();

        await Eventually.GetAsync(() => Task.FromResult(acknowledged.Count), n => n >= 20, "some creates acknowledged");
        await host.App.StopAsync(); // graceful: Kestrel stops accepting and lets in-flight requests finish
        await Task.WhenAll(creates);
        await host.DisposeAsync();

        await using var redis = await ConnectionMultiplexer.ConnectAsync(host.RedisConnectionString);
        var missing = new List<string>();
        foreach (var id in acknowledged)
        {
            if (!await redis.GetDatabase().KeyExistsAsync($"router:{{{host.Workspace}}}:item:{id}"))
            {
                missing.Add(id);
            }
        }

        Assert.Empty(missing);
        Assert.InRange(acknowledged.Count, 20, 200);
    }
}
