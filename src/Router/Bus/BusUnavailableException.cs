namespace Router.Bus;

/// <summary>The broker cannot be used right now (refused, closed, or not answering); worth reconnecting later.</summary>
internal sealed class BusUnavailableException : Exception
{
    public BusUnavailableException(string message)
        : base(message)
    {
    }

    public BusUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public BusUnavailableException()
    {
    }
}
