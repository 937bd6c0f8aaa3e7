namespace Router.Replies;

/// <summary>What happened to a reply: sent, queued (the provider will report delivery), refused, or unknown.</summary>
/// <param name="ReplyId">The reply's id; retrying with it returns this outcome and sends nothing.</param>
/// <param name="Status">sent, queued, refused, sending (another request is sending it now) or unknown (the channel could not say; not resent).</param>
/// <param name="ProviderId">The channel's id for the message (SMTP Message-ID, Twilio MessageSid …).</param>
/// <param name="Reason">Why it was refused or unknown.</param>
public sealed record ReplyOutcome(string ReplyId, string Status, string? ProviderId = null, string? Reason = null)
{
    /// <summary>The channel could not say whether the message went out; it is not resent automatically.</summary>
    public const string Unknown = "unknown";
}
