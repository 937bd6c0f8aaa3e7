using Microsoft.Extensions.Options;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Dispatch;

/// <summary>
/// Expires unanswered offers (their items return to their queues in their old place) and ends wrap-up periods.
/// Safe to run on every instance: each expiry happens inside one script call, so it happens once.
/// </summary>
internal sealed class OfferSweeper(
    RouterScripts scripts,
    RedisKeys keys,
    IDispatchSignal dispatch,
    IOptionsMonitor<DispatchOptions> options,
    TimeProvider time,
    ILogger<OfferSweeper> logger) : BackgroundService
{
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.CurrentValue.SweepIntervalMilliseconds), time, stoppingToken);
                await SweepAsync();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Log.SweepFailed(logger, ex);
            }
        }
    }

    /// <summary>Runs sweep passes until nothing is left that is due.</summary>
    internal async Task SweepAsync()
    {
        bool more;
        do
        {
            var result = (RedisResult[])(await scripts.RunAsync(
                RouterScript.Sweep, keys.OfferExpiry, options.CurrentValue.MissedOffersBeforeAway, Batch))!;
            more = (int)result[0] >= Batch || (int)result[1] >= Batch;
            foreach (var queue in result.Skip(2).Select(r => (string)r!).Distinct())
            {
                dispatch.Signal(queue);
            }
        }
        while (more);
    }
}
