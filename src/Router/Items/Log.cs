namespace Router.Items;

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Item {ItemId} created from {Channel} in queue {Queue}")]
    public static partial void ItemCreated(ILogger logger, string itemId, string channel, string queue);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Redelivery of item {ItemId} from {Channel} recognised; nothing created")]
    public static partial void DuplicateIgnored(ILogger logger, string itemId, string channel);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Item {ItemId} completed")]
    public static partial void ItemCompleted(ILogger logger, string itemId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "A {Channel} message joined the open item {ItemId} of its conversation")]
    public static partial void MessageJoined(ILogger logger, string itemId, string channel);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Purged {Count} items completed more than {Days} days ago")]
    public static partial void ItemsPurged(ILogger logger, int count, double days);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Purging completed items failed; trying again at the next interval")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);
}
