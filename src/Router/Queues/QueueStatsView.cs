namespace Router.Queues;

/// <summary>One queue's figures for <c>GET /v1/queues</c>.</summary>
/// <param name="Name">The queue.</param>
/// <param name="Waiting">Items queued and not offered.</param>
/// <param name="OldestWaitSeconds">How long the oldest waiting item has waited; 0 when none waits.</param>
/// <param name="Offered">Items offered and not yet answered.</param>
/// <param name="Assigned">Items assigned and not yet completed.</param>
/// <param name="AvailableAgents">Agents that may take this queue's items and are available (with or without free capacity).</param>
public sealed record QueueStatsView(string Name, long Waiting, double OldestWaitSeconds, long Offered, long Assigned, long AvailableAgents);
