namespace Router.Sla;

internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Fired {Count} due SLA steps and breaches")]
    public static partial void Fired(ILogger logger, int count);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "SLA tick failed; the next tick retries")]
    public static partial void TickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "SLA policies changed: re-planned {Count} open items")]
    public static partial void Replanned(ILogger logger, int count);
}
