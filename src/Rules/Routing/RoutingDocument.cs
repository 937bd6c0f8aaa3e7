using System.Text.Json.Serialization;

namespace Router.Rules.Routing;

/// <summary>The shape of <c>config/routing.json</c> as supervisors write it (see <c>config/schema/routing.schema.json</c>).</summary>
public sealed class RoutingDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>The queues, each with the agents that may take its items and how that widens over time.</summary>
    public List<QueueDocument>? Queues { get; set; }

    /// <summary>Routing rules, tried in order; the first whose <c>when</c> holds decides.</summary>
    public List<RuleDocument>? Rules { get; set; }

    /// <summary>Where an item goes when no rule matches.</summary>
    public DefaultDocument? Default { get; set; }
}

/// <summary>A queue in <c>routing.json</c>.</summary>
public sealed class QueueDocument
{
    public string? Name { get; set; }

    /// <summary>Expression over agent attributes: who may take this queue's items (when no targets say otherwise).</summary>
    public string? Agents { get; set; }

    /// <summary><c>priority</c> (highest priority, then oldest; the default) or <c>fifo</c> (oldest first).</summary>
    public string? Ordering { get; set; }

    /// <summary>Steps that widen over time; each lasts <c>timeoutSeconds</c>, the last lasts forever or overflows.</summary>
    public List<TargetDocument>? Targets { get; set; }
}

/// <summary>One step of a queue's targets.</summary>
public sealed class TargetDocument
{
    /// <summary>Expression over agent attributes for this step; the queue's <c>agents</c> when absent.</summary>
    public string? Agents { get; set; }

    /// <summary>How long an item stays at this step before the next one applies.</summary>
    public int? TimeoutSeconds { get; set; }

    /// <summary>Move the item to this queue when the step is reached (a last step only).</summary>
    public string? Overflow { get; set; }
}

/// <summary>A routing rule in <c>routing.json</c>.</summary>
public sealed class RuleDocument
{
    public string? Name { get; set; }

    /// <summary>Expression over item attributes.</summary>
    public string? When { get; set; }

    public string? Queue { get; set; }

    public int? Priority { get; set; }

    /// <summary>Skills (minimum levels) the agent must have for items this rule routes.</summary>
    public Dictionary<string, int>? Skills { get; set; }

    public List<string>? Tags { get; set; }
}

/// <summary>The fallback of <c>routing.json</c>.</summary>
public sealed class DefaultDocument
{
    public string? Queue { get; set; }

    public int? Priority { get; set; }
}
