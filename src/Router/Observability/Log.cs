namespace Router.Observability;

internal static partial class Log
{
    [LoggerMessage(EventId = 9501, Level = LogLevel.Warning, Message = "Reading queue depths for the metrics failed; the gauges report nothing until a read succeeds")]
    public static partial void GaugeReadFailed(ILogger logger, Exception exception);
}
