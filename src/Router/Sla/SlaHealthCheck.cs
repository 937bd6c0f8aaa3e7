using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Router.Sla;

/// <summary>Degraded, with the reason, while an edit of the SLA policies file is refused and older policies are in force.</summary>
internal sealed class SlaHealthCheck(ISlaPolicySource sla) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(sla.ReloadError is { } error
            ? HealthCheckResult.Degraded(error)
            : HealthCheckResult.Healthy($"{sla.Current.Policies.Count} policies besides the default."));
}
