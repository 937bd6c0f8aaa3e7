namespace Router.Agents;

internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Re-derived the pools of {Count} agents from the routing rules")]
    public static partial void AgentsReconciled(ILogger logger, int count);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Seeded agent {AgentId} and made it available")]
    public static partial void AgentSeeded(ILogger logger, string agentId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Redis not reachable yet; agent reconciliation will retry")]
    public static partial void ReconcileWaitingForRedis(ILogger logger, Exception exception);
}
