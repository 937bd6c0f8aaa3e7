using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Router.Observability;
using Router.Redis;
using Router.Routing;
using Router.Rules.Routing;
using StackExchange.Redis;

namespace Router.Dispatch;

/// <summary>
/// Hands queued items to agents. Each pass over a queue is one call of <c>dispatch.lua</c>, which picks, reserves
/// capacity and writes offers atomically, so any number of dispatchers on any number of router instances can run
/// against one Redis without ever offering an item twice. Signals (intake, freed capacity, status changes) make it
/// react at once; a periodic rescan picks up changes made through other instances.
/// </summary>
internal sealed class Dispatcher(
    RouterScripts scripts,
    RedisKeys keys,
    IRoutingPolicySource rules,
    IOptionsMonitor<DispatchOptions> options,
    RouterMetrics metrics,
    TimeProvider time,
    ILogger<Dispatcher> logger) : BackgroundService, IDispatchSignal
{
    private static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, byte> dirty = new(StringComparer.Ordinal);
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <inheritdoc />
    public void Signal(string queue)
    {
        dirty.TryAdd(queue, 0);
        wake.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastRescan = time.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            var rescan = TimeSpan.FromMilliseconds(options.CurrentValue.RescanIntervalMilliseconds);
            if (dirty.IsEmpty)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(rescan);
                try
                {
                    await wake.Reader.WaitToReadAsync(timeout.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                }

                wake.Reader.TryRead(out _);
            }

            if (time.GetElapsedTime(lastRescan) >= rescan)
            {
                lastRescan = time.GetTimestamp();
                foreach (var queue in rules.Current.Queues)
                {
                    dirty.TryAdd(queue.Name, 0);
                }
            }

            await PassAsync(stoppingToken);
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        var config = options.CurrentValue;
        var policy = rules.Current;
        foreach (var queue in dirty.Keys)
        {
            dirty.TryRemove(queue, out _);
            if (policy.FindQueue(queue) is not { } routing)
            {
                continue; // removed from the rules; its items wait until it comes back or are moved by hand
            }

            try
            {
                var result = (RedisResult[])(await scripts.RunAsync(
                    RouterScript.Dispatch, keys.Queue(queue), [.. DispatchArguments.For(routing, config)]))!;
                var made = (int)result[0];
                if (made > 0)
                {
                    Log.OffersMade(logger, made, queue);
                    metrics.OffersMade(queue, result);
                }

                if (made >= config.BatchSize)
                {
                    dirty.TryAdd(queue, 0); // there may be more to hand out
                }
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Log.DispatchFailed(logger, queue, ex);
                dirty.TryAdd(queue, 0);
                await Task.Delay(FailureBackoff, time, stoppingToken);
            }
        }
    }
}
