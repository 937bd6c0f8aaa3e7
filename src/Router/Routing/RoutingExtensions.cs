namespace Router.Routing;

/// <summary>Registers the routing rules file, its hot reload and its health check.</summary>
internal static class RoutingExtensions
{
    public static IHostApplicationBuilder AddRoutingRules(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.SectionName);
        builder.Services.AddSingleton<RoutingRulesFile>();
        builder.Services.AddSingleton<IRoutingPolicySource>(sp => sp.GetRequiredService<RoutingRulesFile>());
        builder.Services.AddHealthChecks().AddCheck<RoutingHealthCheck>("routing", tags: [Hosting.HealthTags.Ready]);
        return builder;
    }
}
