using Router.Agents;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Dispatch;

/// <summary>Offers in Redis: list an agent's pending ones, accept, reject.</summary>
internal sealed class OfferStore(IConnectionMultiplexer redis, RedisKeys keys, RouterScripts scripts)
{
    /// <summary>The agent's offers that are still pending and not yet expired, oldest first.</summary>
    public async Task<IReadOnlyList<OfferView>> PendingForAgentAsync(string agentId)
    {
        var db = redis.GetDatabase();
        var ids = await db.SetMembersAsync(keys.AgentOffers(agentId));
        var fields = new RedisValue[] { "item", "agent", "queue", "channel", "createdAt", "expiresAt", "state" };
        var reads = ids.Select(id => (Id: id.ToString(), Task: db.HashGetAsync(keys.Offer(id.ToString()), fields))).ToArray();
        var now = scripts.NowMilliseconds();
        var offers = new List<OfferView>();
        foreach (var (id, task) in reads)
        {
            var f = await task;
            if (f[6] == "pending" && (double)f[5] > now)
            {
                offers.Add(new OfferView(id, f[0]!, f[1]!, f[2]!, f[3]!,
                    TimeExtensions.FromUnixMilliseconds((double)f[4]), TimeExtensions.FromUnixMilliseconds((double)f[5])));
            }
        }

        return offers.OrderBy(o => o.CreatedAt).ToArray();
    }

    /// <summary>Accepts a pending offer: the item becomes assigned to the offer's agent.</summary>
    public async Task<OfferOutcome> AcceptAsync(string offerId)
    {
        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.Accept, keys.Offer(offerId), offerId))!;
        return Outcome(result);
    }

    /// <summary>Rejects a pending offer: the item goes back to its queue, in its old place.</summary>
    public async Task<OfferOutcome> RejectAsync(string offerId, string reason)
    {
        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.Reject, keys.Offer(offerId), offerId, reason))!;
        return Outcome(result);
    }

    private static OfferOutcome Outcome(RedisResult[] result) => (string)result[0]! switch
    {
        "ok" => new OfferOutcome(OfferOutcomeKind.Done, (string?)result[1], Queues(result)),
        "not_found" => new OfferOutcome(OfferOutcomeKind.NotFound, null, []),
        "expired" => new OfferOutcome(OfferOutcomeKind.Expired, (string?)result[1], Queues(result)),
        _ => new OfferOutcome(OfferOutcomeKind.NotPending, (string?)result[1], []),
    };

    private static string[] Queues(RedisResult[] result) =>
        result.Skip(2).Select(r => AgentPools.QueueOf((string)r!)).Distinct().ToArray();
}
