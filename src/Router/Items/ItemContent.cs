using System.Text.Json.Nodes;
using Router.Channels;

namespace Router.Items;

/// <summary>The part of a work item that routing never changes; stored as one JSON field.</summary>
internal sealed record ItemContent(
    JsonObject? Contact, string? Subject, string? Text, JsonObject? Attributes, IReadOnlyList<MessageAttachment>? Attachments = null);
