using System.Diagnostics;
using OpenTelemetry.Trace;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Observability;

[Collection(RecordedSpans.Name)]
public sealed class TracingTests
{
    [Fact]
    public async Task Intake_IsARouterIntakeSpan_InsideItsHttpRequest_WithChannelQueueAndItemId()
    {
        var spans = new ExportedSpans();
        await using var host = await StartAsync(spans);

        var item = await host.Client.CreateItemAsync(new { externalId = "traced", subject = "s" });

        var intake = Assert.Single(await WaitForAsync(spans, "router.intake", item.Id));
        Assert.Equal("api", intake.GetTagItem("channel"));
        Assert.Equal("general", intake.GetTagItem("queue"));
        Assert.Equal("created", intake.GetTagItem("outcome"));
        var request = await Eventually.GetAsync(
            () => Task.FromResult(spans.BySpanId(intake.ParentSpanId)), r => r is not null, "the request's span");
        Assert.NotNull(request);
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal(intake.TraceId, request.TraceId);
    }

    [Fact]
    public async Task DispatcherOffer_AndAccept_AreSpansNamingTheItem()
    {
        var spans = new ExportedSpans();
        await using var host = await StartAsync(spans);
        await host.Client.PutAgentAsync("a1");
        var item = await host.Client.CreateItemAsync(new { externalId = "later" });
        await host.Client.SetStatusAsync("a1", "available");

        var offer = Assert.Single(await host.Client.WaitForOffersAsync("a1"));
        await host.Client.AcceptAsync(offer.Id);

        var offered = Assert.Single(await WaitForAsync(spans, "router.offer", item.Id));
        Assert.Equal(offer.Id, offered.GetTagItem("router.offer.id"));
        Assert.Equal(true, offered.GetTagItem("router.offer.first"));
        var accepted = Assert.Single(await WaitForAsync(spans, "router.offer.accept", item.Id));
        Assert.Equal("done", accepted.GetTagItem("outcome"));
    }

    [Fact]
    public async Task WithoutAnOtlpEndpoint_NoSpanIsRecorded_SoAnExporterAddedWithoutASamplerGetsNone()
    {
        var spans = new ExportedSpans();
        await using var host = await RouterTestHost.StartAsync(
            services: s => s.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans)));

        var item = await host.Client.CreateItemAsync(new { externalId = "untraced", subject = "s" });

        // The in-memory exporter exports as each span ends, and the intake span ends before the 201 is written.
        Assert.Equal("queued", item.State);
        Assert.Empty(spans.Named("router.intake", item.Id));
    }

    private static Task<Activity[]> WaitForAsync(ExportedSpans spans, string name, string itemId) =>
        Eventually.GetAsync(() => Task.FromResult(spans.Named(name, itemId)), a => a.Length > 0, $"a {name} span of {itemId}");

    private static Task<RouterTestHost> StartAsync(ExportedSpans spans) =>
        // With no OTLP endpoint the router samples nothing; a host that exports spans itself chooses its sampler.
        RouterTestHost.StartAsync(services: s => s.ConfigureOpenTelemetryTracerProvider(b => b
            .SetSampler(new ParentBasedSampler(new AlwaysOnSampler()))
            .AddInMemoryExporter(spans)));
}
