using Router.Redis;
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

    private static async Task<IResult> ListAsync(QueueCatalog catalog, IConnectionMultiplexer redis, RedisKeys keys, RouterScripts scripts)
    {
        var db = redis.GetDatabase();
        var now = scripts.NowMilliseconds();
        var reads = catalog.Names.Select(q => (
            Name: q,
            Waiting: db.SortedSetLengthAsync(keys.Queue(q)),
            Oldest: db.SortedSetRangeByRankWithScoresAsync(keys.QueueAge(q), 0, 0),
            Stats: db.HashGetAsync(keys.QueueStats(q), ["offered", "assigned"]),
            Available: db.SortedSetLengthAsync(keys.QueueAvailable(q)))).ToArray();
        var views = new List<QueueStatsView>(reads.Length);
        foreach (var r in reads)
        {
            var oldest = await r.Oldest;
            var stats = await r.Stats;
            views.Add(new QueueStatsView(
                r.Name,
                await r.Waiting,
                oldest.Length == 0 ? 0 : Math.Max(0, (now - oldest[0].Score) / 1000),
                (long?)stats[0] ?? 0,
                (long?)stats[1] ?? 0,
                await r.Available));
        }

        return Results.Ok(views);
    }
}
