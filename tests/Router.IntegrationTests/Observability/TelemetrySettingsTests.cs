using Microsoft.Extensions.Options;
using Router.Hosting;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Observability;

[Collection(RecordedSpans.Name)]
public sealed class TelemetrySettingsTests
{
    [Theory]
    [InlineData("Router:Telemetry:OtlpEndpoint", "not a url", "OtlpEndpoint")]
    [InlineData("Router:Telemetry:OtlpEndpoint", "ftp://collector:4317", "OtlpEndpoint")]
    [InlineData("Router:Telemetry:OtlpProtocol", "udp", "OtlpProtocol")]
    [InlineData("Router:Telemetry:GaugeCacheSeconds", "-1", "GaugeCacheSeconds")]
    [InlineData("Router:ShutdownTimeoutSeconds", "0", "ShutdownTimeoutSeconds")]
    public async Task InvalidSetting_RefusesToStart_NamingIt(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => RouterTestHost.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtlpEndpoint_WhenSet_StartsAndServesMetricsLocallyToo()
    {
        // Nothing listens there: export failures are the exporter's business and must not affect the router.
        await using var host = await RouterTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Router:Telemetry:OtlpEndpoint"] = "http://127.0.0.1:1",
            ["Router:Telemetry:OtlpProtocol"] = "http/protobuf",
        });

        await host.Client.CreateItemAsync(new { externalId = "otlp" });

        var scrape = await PrometheusScrape.ReadAsync(host.Anonymous);
        Assert.Contains(scrape.Samples, s => s.Name == "router_items_received_total");
    }

    [Fact]
    public async Task ProbeCommand_Exits0WhenLive_1WhenNotReadyOrUnreachable_2OnBadUsage()
    {
        await using var host = await RouterTestHost.StartAsync();
        await using var down = await RouterTestHost.StartAsync(
            redisConnectionString: "127.0.0.1:1,connectTimeout=200,syncTimeout=500,asyncTimeout=500,abortConnect=false");
        var output = new StringWriter();

        Assert.Equal(0, await HealthProbe.RunAsync([new Uri(host.Anonymous.BaseAddress!, "/health/live").ToString()], output));
        Assert.Equal(1, await HealthProbe.RunAsync([new Uri(down.Anonymous.BaseAddress!, "/health/ready").ToString()], output));
        Assert.Equal(1, await HealthProbe.RunAsync(["http://127.0.0.1:1/health/live"], output));
        Assert.Equal(2, await HealthProbe.RunAsync(["not a url"], output));
        Assert.Equal(2, await HealthProbe.RunAsync([], output));
    }
}
