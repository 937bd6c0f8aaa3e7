using StackExchange.Redis;

namespace Router.Redis;

/// <summary>Registers the Redis connection, key layout and scripts.</summary>
internal static class RedisExtensions
{
    public static IHostApplicationBuilder AddRouterRedis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("Redis");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "ConnectionStrings:Redis is not set. Set it in config or as ConnectionStrings__Redis=127.0.0.1:6379.");
            }

            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false; // keep retrying in the background; /health says 503 meanwhile
            // While Redis is away, fail at once (the API answers 503 and the client retries) instead of queueing
            // commands for seconds: a caller must never wait on, or be told about, a write that is not durable yet.
            options.BacklogPolicy = BacklogPolicy.FailFast;
            options.ClientName ??= "router";
            // Error messages would name the failed command's key, and keys hold customers' handles (a visitor id in a
            // chat transcript key, a phone number in an SMS opt-out key); the errors are logged, so keys stay out.
            options.IncludeDetailInExceptions = false;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddSingleton<RedisKeys>();
        builder.Services.AddSingleton<RouterScripts>();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [Hosting.HealthTags.Ready]);
        return builder;
    }
}
