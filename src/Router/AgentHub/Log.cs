namespace Router.AgentHub;

// Credentials are never logged; agent ids are not secret.
internal static partial class Log
{
    [LoggerMessage(EventId = 8101, Level = LogLevel.Information, Message = "Agent hub connection refused: {Reason}")]
    public static partial void AgentRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Agent hub call refused: the connection's credential is no longer valid")]
    public static partial void AgentCallRefused(ILogger logger);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Warning, Message = "Reading agents' inbox streams failed; retrying every poll")]
    public static partial void InboxPollFailed(ILogger logger, Exception exception);
}
