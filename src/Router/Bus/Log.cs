namespace Router.Bus;

// Never logs message bodies, credentials or contact data: message-ids, types, addresses and AMQP errors only.
internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Bus {Direction} attached to {Address} on {Endpoint}")]
    public static partial void Attached(ILogger logger, string direction, string address, string endpoint);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Bus {Direction} lost its link to {Endpoint}; reconnecting")]
    public static partial void LinkLost(ILogger logger, string direction, string endpoint, Exception exception);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Bus {Direction} could not connect to {Endpoint}; retrying with backoff")]
    public static partial void ConnectFailed(ILogger logger, string direction, string endpoint, Exception exception);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "Command {MessageId} ({Type}) accepted")]
    public static partial void CommandAccepted(ILogger logger, string messageId, string type);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Command {MessageId} ({Type}) rejected: {Condition} {Description}")]
    public static partial void CommandRejected(ILogger logger, string? messageId, string type, string condition, string description);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning, Message = "Command {MessageId} failed on delivery {Attempt} of {Max}; released for redelivery")]
    public static partial void CommandReleased(ILogger logger, string? messageId, int attempt, int max, Exception exception);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Error, Message = "The broker refused event {EventId} ({Type}) for good: {Error}; set aside in the dead outbox")]
    public static partial void EventRefused(ILogger logger, string eventId, string type, string error);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Information, Message = "Another router instance now publishes the outbox; this one stands by")]
    public static partial void LeaseLost(ILogger logger);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Warning, Message = "Redis failed while publishing the outbox; retrying")]
    public static partial void OutboxStoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Warning, Message = "Could not record the rejection of command {MessageId} in the outbox")]
    public static partial void RejectionNotRecorded(ILogger logger, string? messageId, Exception exception);
}
