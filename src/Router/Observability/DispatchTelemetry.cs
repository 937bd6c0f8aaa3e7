using System.Diagnostics;
using StackExchange.Redis;
using static Router.Observability.RouterTelemetry;

namespace Router.Observability;

/// <summary>What dispatch and offer answers record: <c>router.offer</c> and <c>router.offer.accept</c> spans and the latencies.</summary>
internal static class DispatchTelemetry
{
    /// <summary>
    /// Records the offers one <c>dispatch.lua</c> call made (its result after the count: offer id, then ms since the
    /// item's intake or -1 for a re-offer). Offers are made in a background pass, not in a request, so each gets a
    /// span of its own that names the item: a trace from intake to assignment is followed by the item id tag.
    /// </summary>
    public static void OffersMade(this RouterMetrics metrics, string queue, RedisResult[] result)
    {
        for (var i = 1; i + 1 < result.Length; i += 2)
        {
            var offerId = (string)result[i]!;
            var sinceIntake = (double)result[i + 1];
            if (sinceIntake >= 0)
            {
                metrics.FirstOffer(queue, "dispatcher", TimeSpan.FromMilliseconds(sinceIntake));
            }

            using var activity = Source.StartActivity(Spans.Offer, ActivityKind.Internal);
            activity?.SetTag(Tags.Queue, queue).SetTag(Tags.OfferId, offerId).SetTag(Tags.ItemId, ItemOf(offerId))
                .SetTag("router.offer.first", sinceIntake >= 0);
        }
    }

    public static Activity? StartAccept(string offerId) =>
        Source.StartActivity(Spans.Accept, ActivityKind.Internal)?.SetTag(Tags.OfferId, offerId).SetTag(Tags.ItemId, ItemOf(offerId));

    // Offer ids are "<item id>-<n>" (the item's n-th offer).
    private static string ItemOf(string offerId) => offerId[..Math.Max(0, offerId.LastIndexOf('-'))];
}
