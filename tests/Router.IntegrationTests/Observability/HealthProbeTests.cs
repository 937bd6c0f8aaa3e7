using System.Net;
using System.Text.Json;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Observability;

public sealed class HealthProbeTests
{
    [Fact]
    public async Task Live_ChecksNothing_Ready_RunsTheReadyChecks_AndHealthRunsAll()
    {
        await using var host = await RouterTestHost.StartAsync();

        var live = await ReadAsync(host, "/health/live");
        var ready = await ReadAsync(host, "/health/ready");
        var all = await ReadAsync(host, "/health");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Empty(live.Body.GetProperty("checks").EnumerateObject());
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Subset(new HashSet<string>(Checks(ready.Body)), new HashSet<string> { "redis", "routing", "sla" });
        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Superset(new HashSet<string>(Checks(ready.Body)), new HashSet<string>(Checks(all.Body)));
    }

    [Fact]
    public async Task RedisUnreachable_LiveStays200_ReadyIs503_NamingRedis()
    {
        await using var host = await RouterTestHost.StartAsync(
            redisConnectionString: "127.0.0.1:1,connectTimeout=200,syncTimeout=500,asyncTimeout=500,abortConnect=false");

        var live = await ReadAsync(host, "/health/live");
        var ready = await ReadAsync(host, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal("healthy", live.Body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal("unhealthy", ready.Body.GetProperty("status").GetString());
        Assert.Equal("unhealthy", ready.Body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    private static string[] Checks(JsonElement body) =>
        body.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal).ToArray();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadAsync(RouterTestHost host, string path)
    {
        using var response = await host.Anonymous.GetAsync(path);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
