using System.Diagnostics.Metrics;

namespace Router.Bus;

/// <summary>The bus's instruments, under the meter <c>Router.Bus</c>.</summary>
internal sealed class BusMetrics
{
    /// <summary>The meter name, for OpenTelemetry's AddMeter.</summary>
    public const string MeterName = "Router.Bus";

    private readonly Counter<long> commands;
    private readonly Counter<long> published;

    public BusMetrics(IMeterFactory meters, BusState state)
    {
        var meter = meters.Create(MeterName);
        commands = meter.CreateCounter<long>("router.bus.commands", description: "Commands handled, by type and outcome.");
        published = meter.CreateCounter<long>("router.bus.events.published", description: "Events the broker accepted.");
        meter.CreateObservableGauge("router.bus.outbox.lag", () => state.OutboxLag, description: "Outbox entries not yet published.");
    }

    public void Command(string type, string outcome) =>
        commands.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("outcome", outcome));

    public void Published() => published.Add(1);
}
