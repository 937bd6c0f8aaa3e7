using System.Text.Json.Nodes;
using Router.Channels;

namespace Router.Items;

/// <summary>
/// An inbound message as routing rules see it: <c>channel</c>, <c>externalId</c>, <c>subject</c>, <c>text</c>,
/// <c>contact</c> and <c>attributes</c>; a path not found at the top is looked up in <c>attributes</c>.
/// </summary>
internal static class ItemFacts
{
    public static JsonObject From(InboundMessage message) => new()
    {
        ["channel"] = message.Channel.Name(),
        ["externalId"] = message.IdempotencyKey,
        ["subject"] = message.Subject,
        ["text"] = message.Text,
        ["contact"] = message.Contact?.DeepClone(),
        ["attributes"] = message.Attributes?.DeepClone(),
    };
}
