using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Router.Hosting;

/// <summary>
/// The health endpoints, all without a key: <c>/health</c> (every check; what scripts and tests have always used),
/// <c>/health/live</c> (the process serves requests; checks nothing, for liveness probes and restarts) and
/// <c>/health/ready</c> (the checks tagged <see cref="HealthTags.Ready"/>, for readiness probes and load balancers).
/// All answer 200 when healthy or degraded and 503 when unhealthy, with the same JSON.
/// </summary>
internal static class HealthEndpoints
{
    public static WebApplication MapRouterHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = WriteAsync,
        }).AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
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
