using System.Text.Json;
using System.Text.Json.Nodes;

namespace Router.Channels.Email.Smtp;

/// <summary>
/// The reply addressing the mail reader stored with an item (<see cref="InboundMessage.ReplyTo"/>): <c>mailbox</c>,
/// <c>address</c>, <c>name</c>, <c>messageId</c>, <c>references</c> (JSON array of strings), <c>subject</c>, and
/// optionally <c>automatic</c> (true: the sender is a robot; automatic mail is never sent to it).
/// </summary>
internal sealed record ReplyAddress(string? Mailbox, string? Address, string? Name, string? MessageId, IReadOnlyList<string> References, string? Subject, bool Automatic)
{
    public static ReplyAddress From(JsonObject replyTo) => new(
        Text(replyTo, "mailbox"),
        Text(replyTo, "address"),
        Text(replyTo, "name"),
        Id(Text(replyTo, "messageId")),
        replyTo["references"] is JsonArray refs
            ? refs.Select(r => r is JsonValue v && v.TryGetValue<string>(out var s) ? Id(s) : null).OfType<string>().ToList()
            : [],
        Text(replyTo, "subject"),
        replyTo["automatic"] is JsonValue a && a.GetValueKind() == JsonValueKind.True);

    private static string? Text(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    /// <summary>Message-IDs are kept without angle brackets (MimeKit adds them); accept either form.</summary>
    private static string? Id(string? id)
    {
        var trimmed = id?.Trim().TrimStart('<').TrimEnd('>').Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
