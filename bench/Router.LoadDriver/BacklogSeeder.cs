using System.Diagnostics;
using Router.Items;

namespace Router.LoadDriver;

/// <summary>
/// Fills a queue straight through the router's intake script (<see cref="ItemStore.CreateAsync"/>), pipelined,
/// bypassing HTTP: a million items take about a minute instead of several. The router is not signalled; its
/// periodic rescan sees the items.
/// </summary>
internal sealed class BacklogSeeder(BenchWorkspace workspace, TimeProvider time)
{
    private const int InFlight = 2000;
    private static readonly ItemContent Content = new(null, "Backlog item", string.Concat(Enumerable.Repeat("Waiting. ", 30)), null);

    // Seeding only queues: no offers are made in the intake script (max offers 0, no target steps).
    private static readonly StackExchange.Redis.RedisValue[] NoDispatch = ["", 0, 0, 0, 0];

    /// <summary>Creates <paramref name="count"/> items; returns their ids.</summary>
    public async Task<string[]> SeedAsync(int count, string channel, string queue, int priority)
    {
        var ids = new string[count];
        var pending = new List<Task>(InFlight);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            ids[i] = Guid.CreateVersion7(time.GetUtcNow()).ToString();
            pending.Add(workspace.Items.CreateAsync(
                new NewItem(ids[i], null, channel, queue, Fifo: false, priority, Content, "{}", "[]", null, "bench backlog", ItemConversation.None), [], NoDispatch));
            if (pending.Count == InFlight)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }

            if ((i + 1) % 200_000 == 0)
            {
                Console.Error.WriteLine($"  seeded {i + 1:N0} {channel} items ({(i + 1) / clock.Elapsed.TotalSeconds:F0}/s)");
            }
        }

        await Task.WhenAll(pending);
        return ids;
    }
}
