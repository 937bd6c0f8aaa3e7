namespace Router.Channels.Email;

/// <summary>What the mail reader made of one message: a message for intake, or a reason to quarantine it.</summary>
/// <param name="Message">The inbound message; null when the mail must be quarantined.</param>
/// <param name="QuarantineReason">Why the mail cannot become an item; null when <paramref name="Message"/> is set.</param>
/// <param name="Automatic">True for auto-replies, bounces, bulk and no-reply senders: never acknowledged automatically.</param>
internal sealed record MailReading(InboundMessage? Message, string? QuarantineReason, bool Automatic);
