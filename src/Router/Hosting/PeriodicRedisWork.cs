using StackExchange.Redis;

namespace Router.Hosting;

/// <summary>
/// A background pass over Redis every <see cref="Interval"/> (on the router's <see cref="TimeProvider"/>, so tests can
/// move it). A pass that fails because Redis is away or slow is logged, and the next interval tries again; the loop
/// ends only when the host stops.
/// </summary>
internal abstract class PeriodicRedisWork(TimeProvider time) : BackgroundService
{
    /// <summary>The router's clock.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>The wait before each pass (read again for every pass, so a config reload changes it).</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass.</summary>
    protected abstract Task RunOnceAsync();

    /// <summary>Logs a pass that failed on Redis.</summary>
    protected abstract void Failed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, Time, stoppingToken);
                await RunOnceAsync();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Failed(ex);
            }
        }
    }
}
