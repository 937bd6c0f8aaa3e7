using System.Diagnostics;

namespace Router.Observability;

/// <summary>
/// Every telemetry name the router emits, in one place: the meter, the activity source, instrument, span and tag
/// names. Dashboards and alerts depend on these strings; change them only with a note in docs/operations.md.
/// </summary>
internal static class RouterTelemetry
{
    /// <summary>The meter and activity source name; other parts of the router use <c>Router.*</c> (e.g. <c>Router.Bus</c>).</summary>
    public const string Name = "Router";

    /// <summary>The one activity source: intake, offers and accepts. Static, as activity sources are process-wide.</summary>
    public static readonly ActivitySource Source = new(Name);

    public static class Instruments
    {
        public const string ItemsReceived = "router.items.received";
        public const string QueueDepth = "router.queue.depth";
        public const string QueueOldestWait = "router.queue.oldest_wait";
        public const string IngestToOffer = "router.ingest_to_offer";
        public const string OfferToAccept = "router.offer_to_accept";
        public const string Escalations = "router.escalations";
        public const string SlaBreaches = "router.sla.breaches";
        public const string IngestErrors = "router.ingest.errors";
        public const string OutboxLag = "router.outbox.lag";
    }

    public static class Spans
    {
        public const string Intake = "router.intake";
        public const string Offer = "router.offer";
        public const string Accept = "router.offer.accept";
    }

    public static class Tags
    {
        public const string Channel = "channel";
        public const string Queue = "queue";
        public const string Outcome = "outcome";
        public const string Path = "path";
        public const string Action = "action";
        public const string Target = "target";
        public const string Reason = "reason";
        public const string ItemId = "router.item.id";
        public const string OfferId = "router.offer.id";
        public const string AgentId = "router.agent.id";
        public const string Workspace = "router.workspace";
    }
}
