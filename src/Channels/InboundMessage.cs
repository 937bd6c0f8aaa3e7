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
    JsonObject? Attributes)
{
    /// <summary>The sender's handles (email address, phone number, visitor id); intake links them to one contact.</summary>
    public IReadOnlyList<ContactHandle> Handles { get; init; } = [];

    /// <summary>
    /// Keys under which later messages may find this one's conversation (an email's Message-ID, a chat session id).
    /// </summary>
    public IReadOnlyList<ThreadKey> ThreadKeys { get; init; } = [];

    /// <summary>
    /// Keys of earlier messages this one answers (In-Reply-To, References, sender + subject, chat session), in the same form as <see cref="ThreadKey.Key"/>: when one
    /// names an item that is still open, the message joins that item instead of creating a new one.
    /// </summary>
    public IReadOnlyList<string> JoinKeys { get; init; } = [];

    /// <summary>
    /// Channel-specific addressing for replies (mailbox, address, Message-ID and References; phone numbers; chat
    /// session). Stored with the item, replaced by the latest customer message, and given back in <see cref="OutboundMessage"/>.
    /// </summary>
    public JsonObject? ReplyTo { get; init; }

    /// <summary>Files that came with the message, including rejected ones with the reason.</summary>
    public IReadOnlyList<MessageAttachment> Attachments { get; init; } = [];
}
