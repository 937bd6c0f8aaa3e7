using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Options;
using Router.Hosting;
using StackExchange.Redis;

namespace Router.AgentHub;

/// <summary>Registers the agents' hub (<c>builder.AddAgentHub()</c>) and the SignalR Redis backplane all hubs share.</summary>
internal static class AgentHubExtensions
{
    public const string HubPath = "/hubs/agents";

    /// <summary>The CORS policy of the hub: <c>Router:AgentHub:AllowedOrigins</c>, read as configured now.</summary>
    public const string CorsPolicy = "agenthub";

    /// <summary>
    /// Adds <c>/hubs/agents</c>, the inbox tailer, and the Redis backplane (on <c>ConnectionStrings:Redis</c>, channels
    /// under <c>router:{ws}:signalr:</c>) through which every hub of every instance in a workspace reaches every connection.
    /// </summary>
    public static IHostApplicationBuilder AddAgentHub(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AgentHubOptions>().BindConfiguration(AgentHubOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSignalR().AddStackExchangeRedis().AddHubOptions<AgentsHub>(hub => hub.AddFilter<AgentIdentityFilter>());
        services.AddOptions<RedisOptions>().Configure<IConfiguration, IOptions<RouterOptions>>((backplane, config, router) =>
        {
            var connectionString = config.GetConnectionString("Redis")
                ?? throw new InvalidOperationException("ConnectionStrings:Redis is not set; the SignalR backplane needs it.");
            backplane.Configuration = ConfigurationOptions.Parse(connectionString);
            backplane.Configuration.AbortOnConnectFail = false;
            // The backplane's one synchronous call is its UNSUBSCRIBE when the host stops. Right after a Redis outage
            // its connection may still be reconnecting: a short syncTimeout from the connection string turned a clean
            // stop into a RedisTimeoutException thrown from the host's dispose (seen with syncTimeout=500).
            backplane.Configuration.SyncTimeout = Math.Max(backplane.Configuration.SyncTimeout, 5000);
            backplane.Configuration.ClientName ??= "router-signalr";
            backplane.Configuration.IncludeDetailInExceptions = false; // channel names hold visitor ids; errors are logged
            backplane.Configuration.ChannelPrefix = RedisChannel.Literal($"router:{{{router.Value.Workspace}}}:signalr:");
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AgentAuthenticationHandler>(AgentAuthenticationHandler.SchemeName, null);
        services.AddOptions<CorsOptions>().Configure<IOptionsMonitor<AgentHubOptions>>((cors, hub) => cors.AddPolicy(CorsPolicy, policy => policy
            .SetIsOriginAllowed(origin => hub.CurrentValue.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
            .AllowAnyHeader()
            .WithMethods("GET", "POST")
            .AllowCredentials()));
        services.AddSingleton<AgentCredentials>();
        services.AddSingleton<AgentIdentityFilter>();
        services.AddSingleton<ConnectedAgents>();
        services.AddSingleton<AgentNotifier>();
        services.AddSingleton<AgentWork>();
        services.AddHostedService<AgentInboxTailer>();
        return builder;
    }

    /// <summary>Maps <c>/hubs/agents</c> for agents signed in with an API key or their agent token.</summary>
    public static WebApplication MapAgentHub(this WebApplication app)
    {
        app.MapHub<AgentsHub>(HubPath)
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = AgentAuthenticationHandler.SchemeName })
            .RequireCors(CorsPolicy);
        return app;
    }
}
