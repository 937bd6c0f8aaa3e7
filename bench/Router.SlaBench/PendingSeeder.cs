using System.Diagnostics;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>
/// Fills a workspace's <c>sla:due</c> with timers that are not due: members shaped like the router's (an item id, for
/// the item's next step or breach) at random times from 1 to 30 days ahead, with pipelined ZADDs of 1,000 members.
/// No item hashes stand behind them: <c>sla_fire</c> reads only the members in its due range, so for the cost
/// of a tick a plain member is a pending timer like any other, and seeding a million takes seconds, not minutes.
/// </summary>
internal sealed class PendingSeeder(SlaWorkspace workspace)
{
    private const int PerCommand = 1000;
    private const int InFlight = 16;

    private readonly Random random = new(4);
    private int seeded;

    /// <summary>
    /// Adds members until <c>sla:due</c> holds <paramref name="pending"/>; returns the time taken. Members already there
    /// (the resolution breaches of the bench's own items, a day ahead) count: they are pending timers too.
    /// </summary>
    public async Task<TimeSpan> GrowToAsync(int pending)
    {
        var clock = Stopwatch.StartNew();
        var missing = pending - (int)await workspace.Db.SortedSetLengthAsync(workspace.Keys.SlaDue);
        var target = seeded + Math.Max(0, missing);
        var from = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeMilliseconds();
        var span = (double)TimeSpan.FromDays(29).TotalMilliseconds;
        var inFlight = new List<Task>(InFlight);
        while (seeded < target)
        {
            var entries = new SortedSetEntry[Math.Min(PerCommand, target - seeded)];
            for (var i = 0; i < entries.Length; i++, seeded++)
            {
                entries[i] = new SortedSetEntry($"pending{seeded:D8}-0000-7000-8000-000000000000", from + Math.Floor(random.NextDouble() * span));
            }

            inFlight.Add(workspace.Db.SortedSetAddAsync(workspace.Keys.SlaDue, entries));
            if (inFlight.Count == InFlight)
            {
                await Task.WhenAll(inFlight);
                inFlight.Clear();
            }
        }

        await Task.WhenAll(inFlight);
        return clock.Elapsed;
    }
}
