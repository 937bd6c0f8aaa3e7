namespace Router.Channels;

/// <summary>What a channel did with an outbound message.</summary>
/// <param name="Status">sent, queued (the provider accepted it and will report), or refused.</param>
/// <param name="ProviderId">The provider's id (SMTP Message-ID, Twilio MessageSid …), when there is one.</param>
/// <param name="Reason">Why it was refused (opted out, automatic sender, no address), for the item's history.</param>
public sealed record OutboundReceipt(string Status, string? ProviderId, string? Reason = null)
{
    /// <summary>
    /// A key under which the customer's answer to this message finds the item (an email reply's Message-ID as
    /// <c>email:msgid:…</c>); null when the channel threads otherwise.
    /// </summary>
    public string? ThreadKey { get; init; }

    /// <summary>The message went out.</summary>
    public const string Sent = "sent";

    /// <summary>The provider took the message and will report its delivery.</summary>
    public const string Queued = "queued";

    /// <summary>The channel decided not to send (the reason says why); nothing went out.</summary>
    public const string Refused = "refused";
}
