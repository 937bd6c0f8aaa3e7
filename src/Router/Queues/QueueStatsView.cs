namespace Router.Queues;

/// <summary>One queue's figures for <c>GET /v1/queues</c>.</summary>
/// <param name="Name">The queue.</param>
/// <param name="Waiting">Items queued and not offered.</param>
/// <param name="OldestWaitSeconds">How long the oldest waiting item has been in this queue; 0 when none waits.</param>
/// <param name="Offered">Items offered and not yet answered.</param>
/// <param name="Assigned">Items assigned and not yet completed.</param>
/// <param name="AvailableAgents">Available agents that may take this queue's items at some target step.</param>
/// <param name="AvailableAgentsByStep">Available agents per target step (0 for an overflow step).</param>
public sealed record QueueStatsView(
    string Name, long Waiting, double OldestWaitSeconds, long Offered, long Assigned, long AvailableAgents, IReadOnlyList<long> AvailableAgentsByStep)
{
    /// <summary>Open items whose next SLA due time is within <c>Router:Sla:AtRiskMinutes</c> and not yet passed.</summary>
    public long AtRisk { get; init; }

    /// <summary>SLA clocks (first response and resolution) breached today (UTC).</summary>
    public long BreachedToday { get; init; }

    /// <summary>Of the SLA clocks that stopped or breached today, the share that stopped within target; null when none.</summary>
    public double? WithinTargetPercent { get; init; }
}
