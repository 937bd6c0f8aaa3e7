using Router.Redis;
using Router.Routing;
using Microsoft.Extensions.Options;
using Router.Rules.Routing;
using Router.Sla;
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

    private static async Task<IResult> ListAsync(
        IRoutingPolicySource rules, IConnectionMultiplexer redis, RedisKeys keys, RouterScripts scripts, SlaClock sla, IOptionsMonitor<SlaOptions> slaOptions)
    {
        var db = redis.GetDatabase();
        var now = scripts.NowMilliseconds();
        var atRisk = await AtRiskByQueueAsync(db, keys, now, now + (slaOptions.CurrentValue.AtRiskMinutes * 60_000.0));
        var today = sla.Today();
        var views = new List<QueueStatsView>();
        foreach (var queue in rules.Current.Queues)
        {
            var view = await ReadAsync(db, keys, queue, now);
            var counts = await db.HashGetAsync(keys.QueueSlaDay(queue.Name, today), ["frMet", "resMet", "frBreached", "resBreached"]);
            var met = (long?)counts[0] ?? 0;
            met += (long?)counts[1] ?? 0;
            var breached = ((long?)counts[2] ?? 0) + ((long?)counts[3] ?? 0);
            views.Add(view with
            {
                AtRisk = atRisk.GetValueOrDefault(queue.Name),
                BreachedToday = breached,
                WithinTargetPercent = met + breached == 0 ? null : Math.Round(100.0 * met / (met + breached), 1),
            });
        }

        return Results.Ok(views);
    }

    private static async Task<Dictionary<string, long>> AtRiskByQueueAsync(IDatabase db, RedisKeys keys, double now, double horizon)
    {
        var ids = await db.SortedSetRangeByScoreAsync(keys.SlaNext, now, horizon);
        var queues = await Task.WhenAll(ids.Select(id => db.HashGetAsync(keys.Item(id.ToString()), "queue")));
        return queues.Where(q => q.HasValue).GroupBy(q => q.ToString()).ToDictionary(g => g.Key, g => (long)g.Count());
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
