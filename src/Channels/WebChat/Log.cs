using Microsoft.Extensions.Logging;

namespace Router.Channels.WebChat;

// Visitor ids, signatures and message text are never logged: only the site (checked against the site alphabet) and item ids.
internal static partial class Log
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Web chat visitor of site {Site} refused on connect: {Reason}")]
    public static partial void VisitorRefused(ILogger logger, string site, string reason);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Web chat call of a visitor of site {Site} refused: {Reason}")]
    public static partial void CallRefused(ILogger logger, string site, string reason);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Debug, Message = "Web chat message of site {Site} went to item {ItemId} (created {Created}, joined {Joined})")]
    public static partial void MessageAccepted(ILogger logger, string site, string itemId, bool created, bool joined);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Debug, Message = "Web chat reply of item {ItemId} pushed to a visitor of site {Site}")]
    public static partial void ReplyPushed(ILogger logger, string site, string itemId);
}
