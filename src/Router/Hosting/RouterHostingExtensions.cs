using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Options;
using Router.Agents;
using Router.Api;
using Router.ChannelState;
using Router.Contacts;
using Router.Replies;
using Router.Dispatch;
using Router.Items;
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

        builder.AddRouterRedis();
        builder.AddRoutingRules();
        builder.AddRouterSla();
        builder.AddRouterApi();
        builder.Services.AddSingleton<ItemStore>();
        builder.Services.AddSingleton<ContactStore>();
        builder.Services.AddSingleton<ReplyService>();
        builder.Services.AddSingleton<Intake>();
        builder.Services.AddSingleton<Channels.IInboundSink>(sp => sp.GetRequiredService<Intake>());
        builder.Services.AddSingleton<AgentStore>();
        builder.Services.AddSingleton<OfferStore>();
        builder.Services.AddSingleton<AgentPools>();
        builder.Services.AddHostedService<AgentPoolReconciler>();
        builder.AddRouterDispatch();
        builder.AddRouterChannels();
        return builder;
    }

    /// <summary>Maps <c>/health</c> (no key) and the <c>/v1</c> API (bearer key).</summary>
    public static WebApplication MapRouter(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapGroup("/v1")
            .RequireAuthorization()
            .MapItemEndpoints()
            .MapAgentEndpoints()
            .MapOfferEndpoints()
            .MapQueueEndpoints()
            .MapContactEndpoints()
            .MapReplyEndpoints();
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
        return builder;
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description }),
        });
    }
}
