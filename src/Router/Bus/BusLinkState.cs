namespace Router.Bus;

/// <summary>How one direction of the bus stands.</summary>
internal enum BusLinkState
{
    /// <summary>Not configured (no address, or the bus is off).</summary>
    Disabled,

    /// <summary>Configured, not connected yet.</summary>
    Connecting,

    /// <summary>Attached and working.</summary>
    Connected,

    /// <summary>Lost or refused; reconnecting with backoff.</summary>
    Disconnected,

    /// <summary>Events only: another router instance holds the publisher lease.</summary>
    Standby,
}
