using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Router.Bus;

/// <summary>
/// The <c>bus</c> check: healthy when disabled or connected, degraded while a direction is disconnected or the outbox
/// holds more unpublished events than <see cref="BusOptions.LagWarning"/>. Never unhealthy: routing goes on without
/// the bus, and events wait in the outbox.
/// </summary>
internal sealed class BusHealthCheck(BusState state, IOptions<BusOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("disabled"));
        }

        var commands = state.Commands;
        var events = state.Events;
        var lag = state.OutboxLag;
        var description = $"commands {Describe(commands)}; events {Describe(events)}; outbox lag {lag}";
        var data = new Dictionary<string, object>
        {
            ["commands"] = Name(commands.State),
            ["events"] = Name(events.State),
            ["outboxLag"] = lag,
        };
        var degraded = commands.State is BusLinkState.Disconnected or BusLinkState.Connecting
            || events.State is BusLinkState.Disconnected or BusLinkState.Connecting
            || lag > options.Value.LagWarning;
        return Task.FromResult(degraded ? HealthCheckResult.Degraded(description, data: data) : HealthCheckResult.Healthy(description, data));
    }

    private string Describe((BusLinkState State, DateTimeOffset Since, string? Error) link) => link.State switch
    {
        BusLinkState.Disconnected => string.Create(CultureInfo.InvariantCulture,
            $"disconnected for {(time.GetUtcNow() - link.Since).TotalSeconds:0} s ({link.Error})"),
        _ => Name(link.State),
    };

    private static string Name(BusLinkState state) => state.ToString().ToLowerInvariant();
}
