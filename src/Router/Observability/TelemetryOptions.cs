using System.ComponentModel.DataAnnotations;

namespace Router.Observability;

/// <summary>The <c>Router:Telemetry</c> section: how often Redis-backed gauges are read and where traces and metrics go besides <c>/metrics</c>.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Router:Telemetry";

    public const int DefaultGaugeCacheSeconds = 5;

    /// <summary>
    /// How long queue depth, oldest wait and outbox lag read from Redis are reused, so frequent scrapes (and several
    /// scrapers) cost Redis at most one read per queue per period. 0 reads on every scrape.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultGaugeCacheSeconds"/>.</value>
    [Range(0, 300)]
    public int GaugeCacheSeconds { get; set; } = DefaultGaugeCacheSeconds;

    /// <summary>An OTLP collector (e.g. <c>http://otel-collector:4317</c>); when set, traces and metrics are also pushed there. Off when empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    /// <value>Defaults to <c>grpc</c>.</value>
    [RegularExpression("^(grpc|http/protobuf)$", ErrorMessage = "Router:Telemetry:OtlpProtocol must be grpc or http/protobuf.")]
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The <c>service.name</c> resource attribute on every span and metric.</summary>
    /// <value>Defaults to <c>router</c>.</value>
    [Required]
    public string ServiceName { get; set; } = "router";
}
