namespace Router.FaultTests;

/// <summary>One channel's way of putting customer messages into the routers during the fault run.</summary>
internal interface IFaultSource
{
    /// <summary>The channel name items from this source carry.</summary>
    string Channel { get; }

    /// <summary>
    /// Sends message <paramref name="n"/> and returns the idempotency key of the item it must become, once the channel
    /// acknowledged it (the router's 201/200, the IMAP server's APPEND, the broker's Accepted); null when it was not
    /// acknowledged, and the caller retries.
    /// </summary>
    Task<string?> SendAsync(int n, Uri router, CancellationToken cancellationToken);
}
