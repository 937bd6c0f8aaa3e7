using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Router.Hosting;

namespace Router.Observability;

/// <summary>Registers the router's metrics and traces (<c>AddRouterTelemetry</c>) and maps <c>/metrics</c> (<c>MapRouterTelemetry</c>).</summary>
internal static class TelemetryExtensions
{
    /// <summary>The Prometheus scrape path. Anonymous: operators restrict it by network, like <c>/health</c>.</summary>
    public const string MetricsPath = "/metrics";

    private const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static IHostApplicationBuilder AddRouterTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations()
            .Validate(
                o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || IsHttpUrl(o.OtlpEndpoint, out _),
                "Router:Telemetry:OtlpEndpoint must be an http(s) URL such as http://otel-collector:4317, or empty.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RedisGauges>();
        builder.Services.AddSingleton<RouterMetrics>();
        builder.Services.AddSingleton<OfferTimings>();
        builder.Services.AddSingleton<Channels.IIngestErrors>(sp => sp.GetRequiredService<RouterMetrics>());

        // Read once at start: exporters cannot be swapped while running.
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var workspace = builder.Configuration[$"{RouterOptions.SectionName}:Workspace"] ?? RouterOptions.DefaultWorkspace;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r
                .AddService(telemetry.ServiceName, serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString())
                .AddAttributes([new(RouterTelemetry.Tags.Workspace, workspace)]))
            .WithMetrics(metrics => metrics
                .AddMeter(RouterTelemetry.Name, RouterTelemetry.Name + ".*")
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0))
            .WithTracing(tracing => tracing
                .AddSource(RouterTelemetry.Name, RouterTelemetry.Name + ".*")
                .AddAspNetCoreInstrumentation(o => o.Filter = IsTraced));
        if (IsHttpUrl(telemetry.OtlpEndpoint, out var endpoint))
        {
            var protocol = telemetry.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            otel.UseOtlpExporter(protocol, endpoint);
        }
        else
        {
            // Nothing exports the spans: without this, the SDK's default sampler would still record every request and
            // intake span, tags and all, only to drop them (router CPU per item in docs/performance.md). A host that
            // adds an exporter of its own in code sets a sampler with it (see TracingTests).
            otel.WithTracing(tracing => tracing.SetSampler(new AlwaysOffSampler()));
        }

        // ASP.NET Core's "Request starting/finished" lines carry the full URL with its query string, and
        // GET /v1/contacts?handle=email:… would put a customer's address in the log. Only warnings of that category pass,
        // whatever level Microsoft.AspNetCore is set to; naming this exact category in config still overrides it.
        builder.Logging.AddFilter(HostingDiagnostics, LogLevel.Warning);

        // Resolve the instruments at start, so counters exist (at 0) and gauges are registered before the first scrape.
        builder.Services.AddHostedService<TelemetryWarmUp>();
        return builder;
    }

    public static WebApplication MapRouterTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        return app;
    }

    private static bool IsHttpUrl(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri) && uri.Scheme is "http" or "https";

    // Probes and scrapes arrive every few seconds and would drown the traces that matter.
    private static bool IsTraced(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)
        && !context.Request.Path.StartsWithSegments(MetricsPath, StringComparison.Ordinal);
}
