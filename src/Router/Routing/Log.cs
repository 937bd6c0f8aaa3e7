namespace Router.Routing;

internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Rules reloaded from {File}")]
    public static partial void Reloaded(ILogger logger, string file);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Rules in {File} refused; the previous rules stay in force:\n{Errors}")]
    public static partial void ReloadRefused(ILogger logger, string file, string errors);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Moved {Count} items from {From} to overflow queue {To}")]
    public static partial void Overflowed(ILogger logger, int count, string from, string to);
}
