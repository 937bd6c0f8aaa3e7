using Microsoft.AspNetCore.SignalR;
using Router.Dispatch;
using Router.Items;
using Router.Redis;
using StackExchange.Redis;

namespace Router.AgentHub;

/// <summary>
/// <c>/hubs/agents</c>: offers and item changes pushed to signed-in agents (<see cref="AgentHubEvents"/>), and their
/// answers. A connection acts as the one agent it signed in as (<see cref="AgentAuthenticationHandler"/>); every call
/// checks that credential again (<see cref="AgentIdentityFilter"/>).
/// </summary>
internal sealed class AgentsHub(ConnectedAgents connected, AgentWork work, OfferStore offers, IConnectionMultiplexer redis, RedisKeys keys) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var agent = Agent;
        await Groups.AddToGroupAsync(Context.ConnectionId, agent.Group, Context.ConnectionAborted);
        // Tail from the newest entry now: what came before is in Offers(); later entries are pushed.
        var newest = await redis.GetDatabase().StreamRangeAsync(keys.AgentInbox(agent.AgentId), "-", "+", 1, Order.Descending);
        connected.Add(agent.AgentId, Context.ConnectionId, newest.Length == 0 ? "0-0" : newest[0].Id);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connected.Remove(Agent.AgentId, Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>The agent's pending offers, oldest first (call it after connecting: later offers are pushed).</summary>
    public async Task<IReadOnlyList<OfferView>> Offers() => await offers.PendingForAgentAsync(Agent.AgentId);

    /// <summary>Accepts one of the agent's offers; returns the item, now assigned.</summary>
    public Task<WorkItemView> Accept(string offerId) => work.AcceptAsync(Agent.AgentId, offerId);

    /// <summary>Rejects one of the agent's offers; the item goes back to its place in its queue.</summary>
    public Task<WorkItemView> Reject(string offerId, string? reason) => work.RejectAsync(Agent.AgentId, offerId, reason);

    /// <summary>Completes one of the agent's items, with an optional wrap-up time.</summary>
    public Task<WorkItemView> Complete(string itemId, int wrapUpSeconds, string? reason) =>
        work.CompleteAsync(Agent.AgentId, itemId, wrapUpSeconds, reason);

    private AgentIdentity Agent => AgentIdentity.FromClaims(Context.User)
        ?? throw new HubException("This connection has no agent identity.");
}
