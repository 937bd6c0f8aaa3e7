using System.Text.Json.Nodes;

namespace Router.Contacts;

/// <summary>A contact as the API shows it: one person across channels.</summary>
public sealed record ContactView
{
    public required string Id { get; init; }

    /// <summary>Every handle that resolves to this contact: <c>email:…</c>, <c>phone:+…</c>, <c>visitor:site/id</c>.</summary>
    public required IReadOnlyList<string> Handles { get; init; }

    /// <summary>Free attributes CRMs set (tier, CRM id …).</summary>
    public required JsonObject Attributes { get; init; }

    /// <summary>Set when this contact was merged into another; it then resolves to that one.</summary>
    public string? MergedInto { get; init; }

    /// <summary>The merges this contact took part in, oldest first.</summary>
    public required IReadOnlyList<ContactMergeView> Merges { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
