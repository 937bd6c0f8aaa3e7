namespace Router.FaultTests;

/// <summary>One channel's way of putting customer messages into the routers during the fault run.</summary>
internal interface IFaultSource
{
    /// <summary>The source's name in the counts (<c>api</c>, <c>sms</c>, <c>chat</c>, <c>bus</c>, <c>email</c>).</summary>
    string Name { get; }

    /// <summary>The router channel its items carry (agents need capacity for it).</summary>
    string Channel { get; }

    /// <summary>
    /// Sends message <paramref name="n"/> and returns the idempotency key of the item it must become, once the channel
    /// acknowledged it (the router's 201/200, Twilio's 200 TwiML, the chat Send's ack, the broker's Accepted, the IMAP server's APPEND OK); null when
    /// it was not acknowledged (a router or server away), and the caller sends the same message again. Throws when the
    /// answer says the message can never be taken (a refused signature, a bad request): the run is broken, not faulty.
    /// </summary>
    Task<string?> SendAsync(int n, Uri router, CancellationToken cancellationToken);
}
