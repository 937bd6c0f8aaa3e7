using System.Text.Json.Nodes;

namespace Router.Channels;

/// <summary>
/// One customer message as a channel adapter hands it to the router. Adapters fill it from their protocol and
/// make no routing decision: queue and priority are the router's business.
/// </summary>
/// <param name="Channel">The channel the message came from; replies go back through it.</param>
/// <param name="IdempotencyKey">Stable per source message (Message-ID, MessageSid, client id …); a redelivery carries the same key.</param>
/// <param name="Contact">What the channel knows about the sender (email, phone, name, visitor id).</param>
/// <param name="Subject">Subject line or a short summary; may be empty.</param>
/// <param name="Text">Plain text, never HTML.</param>
/// <param name="Attributes">Free JSON that routing rules read (tier, language, tags, CRM fields).</param>
public sealed record InboundMessage(
    ChannelKind Channel,
    string IdempotencyKey,
    JsonObject? Contact,
    string? Subject,
    string? Text,
    JsonObject? Attributes);
