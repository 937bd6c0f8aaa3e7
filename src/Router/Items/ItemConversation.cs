using System.Text.Json;
using Router.Channels;

namespace Router.Items;

/// <summary>How an item ties into a conversation: its contact, the keys later messages find it by, and the keys of
/// earlier messages it may join, plus where replies go.</summary>
internal sealed record ItemConversation(string? ContactId, string ThreadKeysJson, string JoinKeysJson, string? ReplyToJson)
{
    public static readonly ItemConversation None = new(null, "[]", "[]", null);

    public static ItemConversation From(InboundMessage message, string? contactId) => new(
        contactId,
        JsonSerializer.Serialize(message.ThreadKeys.Select(k => new object[] { k.Key, (long)(k.Window?.TotalMilliseconds ?? 0) })),
        JsonSerializer.Serialize(message.JoinKeys),
        message.ReplyTo?.ToJsonString());
}
