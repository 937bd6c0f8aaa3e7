namespace Router.Channels;

/// <summary>The ways a customer message reaches the router. Wire names are lower case (<c>email</c>, <c>sms</c> …).</summary>
public enum ChannelKind
{
    /// <summary>Email read from an IMAP mailbox.</summary>
    Email,

    /// <summary>SMS or MMS through Twilio.</summary>
    Sms,

    /// <summary>Live web chat over SignalR.</summary>
    Chat,

    /// <summary>Fax delivered by a fax-to-email gateway.</summary>
    Fax,

    /// <summary>Work pushed by another system through the HTTP API or the bus.</summary>
    Api,
}
