using System.Diagnostics;
using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>
/// The router's own timestamps of each item, read from its hash: <c>createdAt</c> (when intake ran) and
/// <c>firstOfferedAt</c> (when the dispatch call that first offered it ran), both Unix ms from the router's clock.
/// </summary>
internal sealed record OfferTimes(double[] CreatedMs, double[] OfferedMs)
{
    private static readonly RedisValue[] Fields = ["createdAt", "firstOfferedAt"];

    public int Missing => OfferedMs.Count(double.IsNaN);

    /// <summary>Reads both stamps of every item (pipelined HMGET), again and again until all are offered or time runs out.</summary>
    public static async Task<OfferTimes> WaitAsync(BenchWorkspace workspace, IReadOnlyList<string> ids, TimeSpan timeout)
    {
        var times = new OfferTimes(new double[ids.Count], Enumerable.Repeat(double.NaN, ids.Count).ToArray());
        var todo = Enumerable.Range(0, ids.Count).ToList();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var reads = todo.Select(i => (i, workspace.Db.HashGetAsync(workspace.Keys.Item(ids[i]), Fields))).ToArray();
            foreach (var (i, read) in reads)
            {
                var f = await read;
                times.CreatedMs[i] = (double)f[0];
                if (!f[1].IsNull)
                {
                    times.OfferedMs[i] = (double)f[1];
                }
            }

            todo.RemoveAll(i => !double.IsNaN(times.OfferedMs[i]));
            if (todo.Count == 0 || clock.Elapsed > timeout)
            {
                return times;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>createdAt → firstOfferedAt of every offered item, in ms.</summary>
    public double[] IngestToOffer() =>
        CreatedMs.Zip(OfferedMs, (c, o) => o - c).Where(d => !double.IsNaN(d)).ToArray();
}
