using System.Text.Json.Nodes;

namespace Router.Channels.WebChat;

/// <summary>A chat item's reply address, stored with the item as <c>{"site","visitor","session"}</c>.</summary>
internal sealed record ChatReplyTo(string Site, string Visitor, string Session)
{
    public JsonObject ToJson() => new() { ["site"] = Site, ["visitor"] = Visitor, ["session"] = Session };

    /// <summary>The address in <paramref name="json"/>, or null when it is not a well-formed chat address.</summary>
    public static ChatReplyTo? From(JsonObject? json)
    {
        var site = Read(json, "site");
        var visitor = Read(json, "visitor");
        var session = Read(json, "session");
        return ChatIds.IsSite(site) && ChatIds.IsVisitor(visitor) && ChatIds.IsSession(session)
            ? new ChatReplyTo(site!, visitor!, session!)
            : null;
    }

    private static string? Read(JsonObject? json, string name) =>
        json?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
