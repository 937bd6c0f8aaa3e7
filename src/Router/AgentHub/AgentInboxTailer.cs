using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Router.Redis;
using StackExchange.Redis;

namespace Router.AgentHub;

/// <summary>
/// Pushes what lands in the inbox streams (<c>router:{ws}:agent:{id}:inbox</c>) of the agents connected to this
/// instance. StackExchange.Redis has no blocking read, and a blocking XREAD would stall the shared connection, so one
/// non-blocking XREAD over all those streams runs every <see cref="AgentHubOptions.PollMilliseconds"/>; with no agent
/// connected it does nothing.
/// </summary>
internal sealed class AgentInboxTailer(
    ConnectedAgents agents,
    IHubContext<AgentsHub> hub,
    IConnectionMultiplexer redis,
    RedisKeys keys,
    IOptions<AgentHubOptions> options,
    TimeProvider time,
    ILogger<AgentInboxTailer> logger) : BackgroundService
{
    private const int MaxEntriesPerStream = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), time);
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await timer.WaitForNextTickAsync(stoppingToken);
                await PollAsync(stoppingToken);
                failing = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                if (!failing)
                {
                    Log.InboxPollFailed(logger, ex); // once per outage, not every tick
                }

                failing = true;
            }
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var cursors = agents.Cursors();
        if (cursors.Count == 0)
        {
            return;
        }

        var byKey = cursors.ToDictionary(c => keys.AgentInbox(c.AgentId), c => c.AgentId, StringComparer.Ordinal);
        var positions = cursors.Select(c => new StreamPosition(keys.AgentInbox(c.AgentId), c.After)).ToArray();
        var streams = await redis.GetDatabase().StreamReadAsync(positions, MaxEntriesPerStream);
        foreach (var stream in streams)
        {
            if (stream.Entries.Length == 0 || !byKey.TryGetValue(stream.Key.ToString(), out var agentId))
            {
                continue;
            }

            var connections = agents.Connections(agentId);
            foreach (var entry in stream.Entries)
            {
                if (InboxEntries.ToPush(agentId, entry) is var (method, payload))
                {
                    await hub.Clients.Clients(connections).SendAsync(method, payload, cancellationToken);
                }
            }

            agents.Advance(agentId, stream.Entries[^1].Id);
        }
    }
}
