using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>
/// When each item's offer was there for its agent, Unix ms. For an item whose 201 already reported it offered, that
/// is when the 201 was read: the router answers after Redis has run the intake script and fsynced it, so by then the
/// offer was durable and in the agent's inbox (an upper bound). For an item offered later by the dispatcher, it is
/// the id of the offer's entry in the agent's inbox stream, which Redis stamps with its own clock when it writes it
/// (the same machine's clock as the driver's).
/// </summary>
internal sealed record OfferTimes(double[] OfferedMs)
{
    public int Missing => OfferedMs.Count(double.IsNaN);

    public static async Task<OfferTimes> WaitAsync(BenchWorkspace workspace, IngestResult sent, TimeSpan timeout)
    {
        var times = new OfferTimes(sent.AnsweredMs.Select((answered, i) => sent.OfferedInAnswer[i] ? answered : double.NaN).ToArray());
        var todo = Enumerable.Range(0, sent.Ids.Length).Where(i => !sent.OfferedInAnswer[i]).ToList();
        var clock = Stopwatch.StartNew();
        while (todo.Count > 0 && clock.Elapsed < timeout)
        {
            var agents = new Dictionary<int, Task<RedisValue>>();
            foreach (var i in todo)
            {
                agents[i] = workspace.Db.HashGetAsync(workspace.Keys.Item(sent.Ids[i]), "agent");
            }

            var inboxes = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
            foreach (var i in todo)
            {
                var agent = (string?)await agents[i];
                if (string.IsNullOrEmpty(agent))
                {
                    continue;
                }

                if (!inboxes.TryGetValue(agent, out var offers))
                {
                    offers = inboxes[agent] = await OffersInInboxAsync(workspace, agent);
                }

                if (offers.TryGetValue(sent.Ids[i], out var at))
                {
                    times.OfferedMs[i] = at;
                }
            }

            todo.RemoveAll(i => !double.IsNaN(times.OfferedMs[i]));
            if (todo.Count > 0)
            {
                await Task.Delay(250);
            }
        }

        return times;
    }

    /// <summary>Item id → Redis's time of the agent's first offer entry for it (the ms part of the stream entry id).</summary>
    private static async Task<Dictionary<string, double>> OffersInInboxAsync(BenchWorkspace workspace, string agent)
    {
        var offers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in await workspace.Db.StreamRangeAsync(workspace.Keys.AgentInbox(agent)))
        {
            if (entry["type"] == "offer" && entry["itemId"] is { IsNull: false } item)
            {
                var ms = double.Parse(((string)entry.Id!).Split('-')[0], CultureInfo.InvariantCulture);
                offers.TryAdd(item!, ms);
            }
        }

        return offers;
    }
}
