namespace Router.Api;

internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Redis unreachable; answered 503")]
    public static partial void StoreUnavailable(ILogger logger, Exception exception);
}
