using System.Text.Json.Nodes;

namespace Router.Channels;

/// <summary>A message the router sends back to a customer through the channel their item came from.</summary>
/// <param name="ItemId">The work item the message belongs to (templates and logs name it).</param>
/// <param name="MessageId">Unique per outbound message and stable across retries, so a channel can deduplicate a resend.</param>
/// <param name="ReplyTo">The addressing the inbound adapter stored with the item (<see cref="InboundMessage.ReplyTo"/>).</param>
/// <param name="Subject">Subject, where the channel has one.</param>
/// <param name="Text">Plain text.</param>
/// <param name="Automatic">True for automatic mail (acknowledgements): marked as such and never sent to automatic senders.</param>
public sealed record OutboundMessage(
    string ItemId,
    string MessageId,
    JsonObject ReplyTo,
    string? Subject,
    string Text,
    bool Automatic);
