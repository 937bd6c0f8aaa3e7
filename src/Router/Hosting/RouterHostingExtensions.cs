using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Options;
using Router.AgentHub;
using Router.Agents;
using Router.Api;
using Router.Bus;
using Router.ChannelState;
using Router.Contacts;
using Router.Replies;
using Router.Dispatch;
using Router.Items;
using Router.Observability;
using Router.Queues;
using Router.Redis;
using Router.Routing;
using Router.Sla;

namespace Router.Hosting;

/// <summary>The router's composition root: <c>builder.AddRouter()</c> and <c>app.MapRouter()</c>.</summary>
public static class RouterHostingExtensions
{
    /// <summary>
    /// Adds the router: config from <c>config/</c>, options, Redis, intake, dispatch and the API. The config directory
    /// is <c>--config-dir</c> (or <c>Router__ConfigDir</c>), else <c>config</c> under the content root.
    /// </summary>
    public static IHostApplicationBuilder AddRouter(this IHostApplicationBuilder builder)
    {
        builder.AddRouterConfigFiles();
        builder.Services.AddOptions<RouterOptions>().BindConfiguration(RouterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RouterOptions>, RouterOptionsValidator>();
        builder.Services.AddOptions<DispatchOptions>().BindConfiguration(DispatchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddRouterLifetime();
        builder.AddRouterTelemetry();

        builder.AddRouterRedis();
        builder.AddRoutingRules();
        builder.AddRouterSla();
        builder.AddRouterApi();
        builder.Services.AddSingleton<ItemStore>();
        builder.Services.AddSingleton<ContactStore>();
        builder.Services.AddSingleton<ContactAttributes>();
        builder.Services.AddSingleton<ReplyService>();
        builder.Services.AddSingleton<Intake>();
        builder.Services.AddSingleton<Channels.IInboundSink>(sp => sp.GetRequiredService<Intake>());
        builder.Services.AddSingleton<AgentStore>();
        builder.Services.AddSingleton<OfferStore>();
        builder.Services.AddSingleton<ItemTransfer>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CompletedItemPurger>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CompletedItemPurger>());
        builder.Services.AddSingleton<AgentPools>();
        builder.Services.AddHostedService<AgentPoolReconciler>();
        builder.AddRouterDispatch();
        builder.AddAgentHub();
        builder.AddRouterChannels();
        builder.AddRouterBus();
        return builder;
    }

    /// <summary>Maps <c>/health</c>, <c>/health/live</c>, <c>/health/ready</c> and <c>/metrics</c> (no key) and the <c>/v1</c> API (bearer key).</summary>
    public static WebApplication MapRouter(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseCors(); // before authentication, so browsers' preflight requests to the hubs are answered, not refused
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRouterHealth();
        app.MapRouterTelemetry();
        app.MapGroup("/v1")
            .RequireAuthorization()
            .MapItemEndpoints()
            .MapAgentEndpoints()
            .MapOfferEndpoints()
            .MapQueueEndpoints()
            .MapContactEndpoints()
            .MapReplyEndpoints();
        app.MapAgentHub();
        app.MapRouterChannels();
        return app;
    }

    private static void AddRouterConfigFiles(this IHostApplicationBuilder builder)
    {
        var dir = builder.Configuration["config-dir"] ?? builder.Configuration["Router:ConfigDir"]
            ?? Path.Combine(builder.Environment.ContentRootPath, "config");
        dir = Path.GetFullPath(dir);
        var file = Path.Combine(dir, "appsettings.json");
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No router config at {file}; pass --config-dir <dir> or set Router__ConfigDir.", file);
        }

        // Files go below environment variables and the command line, so those still override them (.NET convention).
        var sources = builder.Configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        var json = new ConfigurationBuilder().AddJsonFile(file, optional: false, reloadOnChange: true).Sources[0];
        sources.Insert(index < 0 ? sources.Count : index, json);
        builder.Configuration["Router:ConfigDir"] = dir;
    }

    private static IHostApplicationBuilder AddRouterApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<RouterOptions>>((kestrel, router) => kestrel.Limits.MaxRequestBodySize = router.Value.MaxRequestBodyBytes);
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddCors(); // policies are the hubs' (web chat: the sites' origins); none for /v1
        return builder;
    }
}
