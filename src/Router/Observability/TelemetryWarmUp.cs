namespace Router.Observability;

/// <summary>Creates <see cref="RouterMetrics"/> when the host starts, so its gauges are observed even before anything is recorded.</summary>
internal sealed class TelemetryWarmUp(RouterMetrics metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(metrics);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
