namespace Router.Dispatch;

/// <summary>Wakes the dispatcher for a queue whose items or eligible agents just changed.</summary>
internal interface IDispatchSignal
{
    /// <summary>Asks for a dispatch pass over <paramref name="queue"/> soon; cheap, never blocks, coalesces repeats.</summary>
    void Signal(string queue);
}
