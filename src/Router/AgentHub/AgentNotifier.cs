using Microsoft.AspNetCore.SignalR;
using Router.Items;

namespace Router.AgentHub;

/// <summary>
/// Pushes item changes to an agent's connections on every instance (through the Redis backplane). Today the hub calls
/// it after an accept or completion made through the hub; this is the seam where the full event feed (the bus
/// outbox: routed, escalated, completed through HTTP or the bus …) plugs in later.
/// </summary>
internal sealed class AgentNotifier(IHubContext<AgentsHub> hub)
{
    /// <summary>Tells the agent's connections that one of its items is now as <paramref name="item"/> shows.</summary>
    public Task ItemChangedAsync(string agentId, WorkItemView item, CancellationToken cancellationToken = default) =>
        hub.Clients.Group(AgentIdentity.GroupOf(agentId)).SendAsync(AgentHubEvents.Item, item, cancellationToken);
}
