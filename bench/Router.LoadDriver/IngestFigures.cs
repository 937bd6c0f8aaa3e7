namespace Router.LoadDriver;

/// <summary>The figures of one measured burst: throughput and latency from the driver's send to the agent's offer.</summary>
/// <param name="ItemsPerSecond">Items ÷ (last offer − first request sent): ingest → offer, end to end.</param>
/// <param name="HttpPerSecond">Items ÷ (last 201 read − first request sent): what the API alone accepted.</param>
/// <param name="SendToOffer">Driver's send (or, at a fixed rate, when the send was due) → the offer there for the agent (see <see cref="OfferTimes"/>).</param>
/// <param name="Http">Driver's send → 201 read.</param>
/// <param name="OfferedInAnswer">Items whose 201 already reported the offer (intake offered them in its own script).</param>
/// <param name="Missing">Items not offered when the wait ended.</param>
internal sealed record IngestFigures(
    int Items, double ItemsPerSecond, double HttpPerSecond, Latency SendToOffer, Latency Http, int OfferedInAnswer, int Missing)
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
            Latency.Of(sent.SentMs.Zip(offers.OfferedMs, (s, o) => o - s).Where(d => !double.IsNaN(d))),
            Latency.Of(sent.SentMs.Zip(sent.AnsweredMs, (s, a) => a - s)),
            sent.OfferedInAnswer.Count(o => o),
            offers.Missing);
    }

    public override string ToString() =>
        $"items/s={ItemsPerSecond:F0} send→offer {SendToOffer}"
        + $" | offered in the 201: {OfferedInAnswer}/{Items} | http items/s={HttpPerSecond:F0} p50={Http.P50:F1}ms p99={Http.P99:F1}ms"
        + (Missing > 0 ? $" | NOT OFFERED={Missing}" : "");
}
