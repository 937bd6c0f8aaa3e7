namespace Router.Agents;

/// <summary>An agent as the API shows it: profile, status and current load.</summary>
public sealed record AgentView
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required IReadOnlyDictionary<string, int> Skills { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    public string? Team { get; init; }

    public required IReadOnlyDictionary<string, int> Capacity { get; init; }

    public required int MaxItems { get; init; }

    public required string Status { get; init; }

    public string? StatusReason { get; init; }

    public DateTimeOffset? StatusSince { get; init; }

    /// <summary>When the agent last got an offer or became available; the longest idle agent is offered first.</summary>
    public DateTimeOffset? IdleSince { get; init; }

    /// <summary>Items offered to or held by the agent, per channel and in total (<c>total</c>).</summary>
    public required IReadOnlyDictionary<string, int> Load { get; init; }

    /// <summary>Offers that expired unanswered in a row.</summary>
    public int MissedOffers { get; init; }

    /// <summary>The queues whose items this agent may take (at some target step).</summary>
    public required IReadOnlyList<string> Queues { get; init; }

    /// <summary>The target steps (<c>queue.step</c>) whose agents expression this agent meets.</summary>
    public required IReadOnlyList<string> Pools { get; init; }
}
