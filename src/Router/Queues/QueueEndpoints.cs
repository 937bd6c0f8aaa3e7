using Router.Redis;
using Router.Routing;
using Router.Rules.Routing;
using StackExchange.Redis;

namespace Router.Queues;

/// <summary>Routes under <c>/v1/queues</c>.</summary>
internal static class QueueEndpoints
{
    public static RouteGroupBuilder MapQueueEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGet("/queues", ListAsync);
        return v1;
    }

    private static async Task<IResult> ListAsync(IRoutingPolicySource rules, IConnectionMultiplexer redis, RedisKeys keys, RouterScripts scripts)
    {
        var db = redis.GetDatabase();
        var now = scripts.NowMilliseconds();
        var views = new List<QueueStatsView>();
        foreach (var queue in rules.Current.Queues)
        {
            views.Add(await ReadAsync(db, keys, queue, now));
        }

        return Results.Ok(views);
    }

    private static async Task<QueueStatsView> ReadAsync(IDatabase db, RedisKeys keys, RoutingQueue queue, double now)
    {
        var pools = queue.Steps.Where(s => s.Agents is not null).Select(s => (RedisKey)keys.PoolAvailable(s.Pool)).ToArray();
        var waiting = db.SortedSetLengthAsync(keys.Queue(queue.Name));
        var oldest = db.SortedSetRangeByRankWithScoresAsync(keys.QueueAge(queue.Name), 0, 0);
        var stats = db.HashGetAsync(keys.QueueStats(queue.Name), ["offered", "assigned"]);
        var byStep = queue.Steps
            .Select(s => s.Agents is null ? Task.FromResult(0L) : db.SortedSetLengthAsync(keys.PoolAvailable(s.Pool)))
            .ToArray();
        var union = pools.Length == 1 ? byStep[0] : CountUnionAsync(db, pools);
        var first = await oldest;
        var counts = await stats;
        return new QueueStatsView(
            queue.Name,
            await waiting,
            first.Length == 0 ? 0 : Math.Max(0, (now - first[0].Score) / 1000),
            (long?)counts[0] ?? 0,
            (long?)counts[1] ?? 0,
            await union,
            await Task.WhenAll(byStep));
    }

    private static async Task<long> CountUnionAsync(IDatabase db, RedisKey[] pools) =>
        pools.Length == 0 ? 0 : (await db.SortedSetCombineAsync(SetOperation.Union, pools)).LongLength;
}
