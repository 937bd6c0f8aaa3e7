namespace Router.LoadDriver;

/// <summary>The figures of one measured burst: throughput and the three latencies that locate where time goes.</summary>
/// <param name="ItemsPerSecond">Items ÷ (last firstOfferedAt − first request sent): ingest → offer, end to end.</param>
/// <param name="HttpPerSecond">Items ÷ (last 201 read − first request sent): what the API alone accepted.</param>
/// <param name="IngestToOffer">Router's createdAt → firstOfferedAt (intake script start → dispatch script start).</param>
/// <param name="SendToOffer">Driver's send → router's firstOfferedAt (adds the HTTP path before intake).</param>
/// <param name="Http">Driver's send → 201 read (the API call, with its read-back of the item).</param>
/// <param name="Missing">Items not offered when the wait ended.</param>
internal sealed record IngestFigures(
    int Items, double ItemsPerSecond, double HttpPerSecond, Latency IngestToOffer, Latency SendToOffer, Latency Http, int Missing)
{
    public static IngestFigures Of(IngestResult sent, OfferTimes offers)
    {
        var first = sent.SentMs.Min();
        var offered = offers.OfferedMs.Where(o => !double.IsNaN(o)).ToArray();
        var lastOffer = offered.Length == 0 ? double.NaN : offered.Max();
        return new IngestFigures(
            sent.Ids.Length,
            sent.Ids.Length / ((lastOffer - first) / 1000),
            sent.Ids.Length / ((sent.AnsweredMs.Max() - first) / 1000),
            Latency.Of(offers.IngestToOffer()),
            Latency.Of(sent.SentMs.Zip(offers.OfferedMs, (s, o) => o - s).Where(d => !double.IsNaN(d))),
            Latency.Of(sent.SentMs.Zip(sent.AnsweredMs, (s, a) => a - s)),
            offers.Missing);
    }

    public override string ToString() =>
        $"items/s={ItemsPerSecond:F0} ingest→offer {IngestToOffer}"
        + $" | send→offer p50={SendToOffer.P50:F1}ms p99={SendToOffer.P99:F1}ms"
        + $" | http items/s={HttpPerSecond:F0} p50={Http.P50:F1}ms p99={Http.P99:F1}ms"
        + (Missing > 0 ? $" | NOT OFFERED={Missing}" : "");
}
