using System.Diagnostics.Metrics;
using Router.Channels;
using static Router.Observability.RouterTelemetry;

namespace Router.Observability;

/// <summary>
/// The router's instruments on one meter named <see cref="RouterTelemetry.Name"/>, created through
/// <see cref="IMeterFactory"/> so each host (and each test host) owns its meter. Recording is cheap and never throws.
/// </summary>
internal sealed class RouterMetrics : IIngestErrors
{
    // Seconds: an inline offer takes milliseconds, a queued item may wait an hour.
    private static readonly double[] IngestToOfferBuckets =
        [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];

    // Seconds: people answer an offer within its timeout (30 s by default, at most an hour).
    private static readonly double[] OfferToAcceptBuckets = [0.25, 0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 45, 60, 120, 300, 900, 3600];

    private readonly Counter<long> received;
    private readonly Histogram<double> ingestToOffer;
    private readonly Histogram<double> offerToAccept;
    private readonly Counter<long> escalations;
    private readonly Counter<long> breaches;
    private readonly Counter<long> ingestErrors;

    public RouterMetrics(IMeterFactory meters, RedisGauges gauges)
    {
        var meter = meters.Create(Name);
        received = meter.CreateCounter<long>(Instruments.ItemsReceived, "{message}",
            "Inbound messages taken by intake, by channel and outcome (created, joined, duplicate).");
        ingestToOffer = meter.CreateHistogram(Instruments.IngestToOffer, "s",
            "From intake to an item's first offer; path=intake when the intake script offered it, path=dispatcher otherwise.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = IngestToOfferBuckets });
        offerToAccept = meter.CreateHistogram(Instruments.OfferToAccept, "s",
            "From an offer being made to the agent accepting it.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = OfferToAcceptBuckets });
        escalations = meter.CreateCounter<long>(Instruments.Escalations, "{step}", "SLA escalation steps fired, by action.");
        breaches = meter.CreateCounter<long>(Instruments.SlaBreaches, "{breach}", "SLA targets breached, by target.");
        ingestErrors = meter.CreateCounter<long>(Instruments.IngestErrors, "{error}",
            "Inbound messages that did not become (part of) an item, by channel and reason.");
        meter.CreateObservableGauge(Instruments.QueueDepth, gauges.Depths, "{item}", "Items waiting in each queue (not offered).");
        meter.CreateObservableGauge(Instruments.QueueOldestWait, gauges.OldestWaits, "s",
            "How long the oldest waiting item of each queue has been in it.");
        meter.CreateObservableGauge(Instruments.OutboxLag, gauges.OutboxLag, "{event}", "Outbox events not yet published to the bus.");
    }

    public void Received(string channel, string outcome) =>
        received.Add(1, new(Tags.Channel, channel), new(Tags.Outcome, outcome));

    public void FirstOffer(string queue, string path, TimeSpan sinceIntake) =>
        ingestToOffer.Record(Math.Max(0, sinceIntake.TotalSeconds), new(Tags.Queue, queue), new(Tags.Path, path));

    public void Accepted(string queue, string channel, TimeSpan sinceOffer) =>
        offerToAccept.Record(Math.Max(0, sinceOffer.TotalSeconds), new(Tags.Queue, queue), new(Tags.Channel, channel));

    public void Escalated(string action, long count) => escalations.Add(count, new KeyValuePair<string, object?>(Tags.Action, action));

    public void Breached(string target, long count) => breaches.Add(count, new KeyValuePair<string, object?>(Tags.Target, target));

    /// <inheritdoc />
    public void Report(ChannelKind channel, string reason) => IngestError(channel.Name(), reason);

    public void IngestError(string channel, string reason) =>
        ingestErrors.Add(1, new(Tags.Channel, channel), new(Tags.Reason, reason));
}
