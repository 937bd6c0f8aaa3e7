using Router.Items;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>
/// Creates items straight through the router's intake script (<see cref="ItemStore.CreateAsync"/>), pipelined, each
/// with the SLA plan the router would make for it. Intake is what puts an item's steps and breaches in <c>sla:due</c>.
/// </summary>
internal static class PlannedItems
{
    private const int InFlight = 2000;

    // Only queued: no offers are made in the intake script (max offers 0, no target steps).
    private static readonly RedisValue[] NoDispatch = ["", 0, 0, 0, 0];
    private static readonly ItemContent Content = new(null, "SLA bench", "Waiting for a first response.", null);

    /// <summary>
    /// Creates <paramref name="count"/> items on <paramref name="time"/>'s clock; their clocks start at
    /// <paramref name="planStart"/> when given (as on a business-hours calendar, where an item that arrives while the
    /// office is closed starts counting at the opening), else at arrival. Returns their ids.
    /// </summary>
    public static async Task<string[]> CreateAsync(
        SlaWorkspace workspace, BenchPolicy policy, TimeProvider time, int count, DateTimeOffset? planStart = null)
    {
        var store = workspace.ItemsAt(time);
        var ids = new string[count];
        var pending = new List<Task>(InFlight);
        for (var i = 0; i < count; i++)
        {
            ids[i] = Guid.CreateVersion7(time.GetUtcNow()).ToString();
            var item = new NewItem(ids[i], null, "api", "general", Fifo: false, 0, Content, "{}", "[]", null, "SLA bench", ItemConversation.None);
            pending.Add(store.CreateAsync(item, policy.PlanNew(planStart ?? time.GetUtcNow()), NoDispatch));
            if (pending.Count == InFlight)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }
        }

        await Task.WhenAll(pending);
        return ids;
    }
}
