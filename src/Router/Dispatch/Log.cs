namespace Router.Dispatch;

internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Made {Count} offers from queue {Queue}")]
    public static partial void OffersMade(ILogger logger, int count, string queue);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Dispatch of queue {Queue} failed; retrying")]
    public static partial void DispatchFailed(ILogger logger, string queue, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Offer sweep failed; retrying")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
