using System.Threading.Channels;
using Router.Redis;
using Router.Rules.Sla;
using StackExchange.Redis;

namespace Router.Sla;

/// <summary>After the SLA policies change, re-plans every open item's clocks, keeping the open time already elapsed.</summary>
internal sealed class SlaReplanner(ISlaPolicySource sla, SlaClock clock, IConnectionMultiplexer redis, RedisKeys keys, ILogger<SlaReplanner> logger)
    : BackgroundService
{
    private readonly Channel<SlaPolicySet> changes = Channel.CreateUnbounded<SlaPolicySet>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        sla.Changed += OnChanged;
        try
        {
            await foreach (var previous in changes.Reader.ReadAllAsync(stoppingToken))
            {
                var count = 0;
                foreach (var id in await redis.GetDatabase().SetMembersAsync(keys.SlaOpen))
                {
                    count += await clock.ReplanAsync(id.ToString(), previous) == true ? 1 : 0;
                }

                Log.Replanned(logger, count);
            }
        }
        finally
        {
            sla.Changed -= OnChanged;
        }
    }

    private void OnChanged(SlaPolicySet previous, SlaPolicySet current) => changes.Writer.TryWrite(previous);
}
