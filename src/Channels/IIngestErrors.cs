namespace Router.Channels;

/// <summary>
/// Where a channel adapter reports an inbound message it could not hand to intake (unparseable mail, a webhook with a
/// bad signature), so operators see it in the <c>router.ingest.errors</c> metric. Implemented by the router.
/// </summary>
public interface IIngestErrors
{
    /// <summary>Counts one failed message of <paramref name="channel"/>; <paramref name="reason"/> is a short fixed word (a metric label), never message content.</summary>
    void Report(ChannelKind channel, string reason);
}
