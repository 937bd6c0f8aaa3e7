using Router.Redis;
using StackExchange.Redis;

namespace Router.Observability;

/// <summary>
/// Measures offer → accept from the offer's own record: <c>createdAt</c> (set by the dispatch script) to
/// <c>endedAt</c> (set by the accept script), both on the scripts' clock, so the figure is exact whichever router
/// instance made the offer. Costs one HMGET per accepted offer.
/// </summary>
internal sealed class OfferTimings(IConnectionMultiplexer redis, RedisKeys keys, RouterMetrics metrics)
{
    public async Task RecordAcceptedAsync(string offerId)
    {
        try
        {
            var f = await redis.GetDatabase().HashGetAsync(keys.Offer(offerId), ["createdAt", "endedAt", "queue", "channel"]);
            if (f[0].TryParse(out double created) && f[1].TryParse(out double ended))
            {
                metrics.Accepted(f[2].ToString(), f[3].ToString(), TimeSpan.FromMilliseconds(ended - created));
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The accept itself succeeded; a lost sample must not turn it into an error.
        }
    }
}
