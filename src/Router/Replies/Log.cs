namespace Router.Replies;

internal static partial class Log
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Reply {ReplyId} to item {ItemId} over {Channel}: {Status}")]
    public static partial void ReplySent(ILogger logger, string replyId, string itemId, string channel, string status);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Reply {ReplyId} to item {ItemId} over {Channel}: outcome unknown, not resent")]
    public static partial void ReplyUnknown(ILogger logger, Exception exception, string replyId, string itemId, string channel);
}
