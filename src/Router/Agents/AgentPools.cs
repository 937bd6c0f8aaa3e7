using Router.Routing;

namespace Router.Agents;

/// <summary>Which pools (<c>queue.step</c>) an agent belongs to under the routing policy in force.</summary>
internal sealed class AgentPools(IRoutingPolicySource rules)
{
    public IReadOnlyList<string> For(string id, AgentProfile profile) =>
        rules.Current.PoolsFor(AgentFacts.From(id, profile));

    /// <summary>The queue a pool or queue name refers to (<c>billing.1</c> → <c>billing</c>).</summary>
    public static string QueueOf(string poolOrQueue)
    {
        var dot = poolOrQueue.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? poolOrQueue : poolOrQueue[..dot];
    }
}
