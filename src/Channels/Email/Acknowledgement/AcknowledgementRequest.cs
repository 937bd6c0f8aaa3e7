using System.Text.Json.Nodes;

namespace Router.Channels.Email.Acknowledgement;

/// <summary>An acknowledgement to send for a new item.</summary>
internal sealed record AcknowledgementRequest(string Mailbox, string ItemId, string Address, JsonObject ReplyTo, string? Subject);
