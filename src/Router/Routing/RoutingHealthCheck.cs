using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Router.Routing;

/// <summary>Degraded, with the reason, while an edit of the rules file is refused and older rules are in force.</summary>
internal sealed class RoutingHealthCheck(IRoutingPolicySource rules) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(rules.ReloadError is { } error
            ? HealthCheckResult.Degraded(error)
            : HealthCheckResult.Healthy($"{rules.Current.Rules.Count} rules, {rules.Current.Queues.Count} queues."));
}
