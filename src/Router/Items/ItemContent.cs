using System.Text.Json.Nodes;

namespace Router.Items;

/// <summary>The part of a work item that routing never changes; stored as one JSON field.</summary>
internal sealed record ItemContent(JsonObject? Contact, string? Subject, string? Text, JsonObject? Attributes);
