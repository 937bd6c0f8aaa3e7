using Microsoft.Extensions.Options;

namespace Router.Hosting;

/// <summary>How the router runs as a service: systemd integration and the shutdown grace period.</summary>
internal static class ServiceLifetimeExtensions
{
    public static IHostApplicationBuilder AddRouterLifetime(this IHostApplicationBuilder builder)
    {
        // Under systemd (Type=notify) this reports READY=1 once Kestrel listens and STOPPING=1 on SIGTERM, and writes
        // journal-friendly logs; elsewhere it does nothing.
        builder.Services.AddSystemd();

        // On stop Kestrel stops accepting, in-flight requests finish (each change of state is one atomic Lua script,
        // so nothing is ever half-written), background loops end after their current pass; whatever is still running
        // when the period ends is abandoned, and its client sees the connection close, not a 2xx.
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<RouterOptions>>(
            (host, router) => host.ShutdownTimeout = TimeSpan.FromSeconds(router.Value.ShutdownTimeoutSeconds));
        return builder;
    }
}
