using System.Text.Json.Nodes;

namespace Router.Items;

/// <summary>A work item as the API shows it: where it is, who has it, and everything that happened to it.</summary>
public sealed record WorkItemView
{
    public required string Id { get; init; }

    public required string Channel { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>queued, offered, assigned or completed.</summary>
    public required string State { get; init; }

    public required string Queue { get; init; }

    public required int Priority { get; init; }

    public string? AgentId { get; init; }

    public string? OfferId { get; init; }

    /// <summary>The contact the sender resolved to (one person across channels); null when the channel gave no handle.</summary>
    public string? ContactId { get; init; }

    public JsonObject? Contact { get; init; }

    public string? Subject { get; init; }

    public string? Text { get; init; }

    public JsonObject? Attributes { get; init; }

    /// <summary>Files that came with the first message (rejected ones say why).</summary>
    public IReadOnlyList<Channels.MessageAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// The conversation after the first message, oldest first: customer messages that joined this item
    /// (<c>direction: in</c>) and replies sent through the channel (<c>direction: out</c>).
    /// </summary>
    public IReadOnlyList<JsonObject> Messages { get; init; } = [];

    /// <summary>Skills (minimum levels) the routing rule requires of the agent.</summary>
    public IReadOnlyDictionary<string, int> RequiredSkills { get; init; } = new Dictionary<string, int>();

    /// <summary>Tags the routing rule added.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset EnqueuedAt { get; init; }

    public DateTimeOffset? AssignedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The SLA policy and clocks; null for an item created before SLA policies existed.</summary>
    public Sla.SlaView? Sla { get; init; }

    /// <summary>Every routing event in order, each with its time (<c>at</c>), <c>type</c> and reason.</summary>
    public required IReadOnlyList<JsonObject> History { get; init; }
}
