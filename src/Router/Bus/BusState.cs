namespace Router.Bus;

/// <summary>What the commands consumer and the events publisher last reported, for <c>/health</c> and the metrics.</summary>
internal sealed class BusState(TimeProvider time)
{
    private readonly Lock gate = new();
    private (BusLinkState State, DateTimeOffset Since, string? Error) commands = (BusLinkState.Disabled, default, null);
    private (BusLinkState State, DateTimeOffset Since, string? Error) events = (BusLinkState.Disabled, default, null);

    /// <summary>Outbox entries not yet published, as the publisher last counted them.</summary>
    public long OutboxLag { get; set; }

    public void SetCommands(BusLinkState state, string? error = null) => Set(ref commands, state, error);

    public void SetEvents(BusLinkState state, string? error = null) => Set(ref events, state, error);

    public (BusLinkState State, DateTimeOffset Since, string? Error) Commands
    {
        get
        {
            lock (gate)
            {
                return commands;
            }
        }
    }

    public (BusLinkState State, DateTimeOffset Since, string? Error) Events
    {
        get
        {
            lock (gate)
            {
                return events;
            }
        }
    }

    private void Set(ref (BusLinkState State, DateTimeOffset Since, string? Error) field, BusLinkState state, string? error)
    {
        lock (gate)
        {
            if (field.State != state || field.Error != error)
            {
                field = (state, field.State == state ? field.Since : time.GetUtcNow(), error);
            }
        }
    }
}
