using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Router.Redis;

/// <summary>Healthy when Redis answers PING; degraded when it answers but runs without an append-only file.</summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            var data = new Dictionary<string, object> { ["redisPingMs"] = latency.TotalMilliseconds };
            return await IsAofEnabledAsync() is false
                ? HealthCheckResult.Degraded("Redis runs without appendonly: acknowledged items can be lost in a crash.", data: data)
                : HealthCheckResult.Healthy("Redis answers.", data);
        }
        catch (RedisException ex)
        {
            return HealthCheckResult.Unhealthy("Redis is unreachable.", ex);
        }
    }

    // INFO may be renamed or denied on managed Redis: then we cannot tell, and say nothing.
    private async Task<bool?> IsAofEnabledAsync()
    {
        try
        {
            // INFO through a script: StackExchange.Redis refuses INFO without allowAdmin, which the router does not ask for.
            var info = (string?)await redis.GetDatabase().ScriptEvaluateAsync("return redis.call('INFO', 'persistence')");
            var line = info?.Split('\n').FirstOrDefault(l => l.StartsWith("aof_enabled:", StringComparison.Ordinal));
            return line is null ? null : line.Trim() == "aof_enabled:1";
        }
        catch (Exception ex) when (ex is RedisException or RedisCommandException)
        {
            return null;
        }
    }
}
