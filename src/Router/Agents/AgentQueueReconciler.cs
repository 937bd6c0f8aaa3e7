using System.Text.Json;
using Router.Queues;
using StackExchange.Redis;

namespace Router.Agents;

/// <summary>
/// At start: re-derives every agent's queues from the current queue config (it may have changed while the router
/// was down), then creates the agents of the seed file (<c>Router:SeedAgentsFile</c>, the demo roster) that do not
/// exist yet, and makes them available. Waits for Redis when it is not there yet; a broken seed file stops the host.
/// </summary>
internal sealed class AgentQueueReconciler(
    AgentStore agents,
    QueueCatalog catalog,
    Microsoft.Extensions.Options.IOptions<Hosting.RouterOptions> options,
    TimeProvider time,
    ILogger<AgentQueueReconciler> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await ReconcileAsync(stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
            {
                Log.ReconcileWaitingForRedis(logger, ex);
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var (id, profile) in agents.ListProfilesAsync().WithCancellation(cancellationToken))
        {
            await agents.UpsertAsync(id, profile, catalog.QueuesFor(profile));
            count++;
        }

        Log.AgentsReconciled(logger, count);
        if (options.Value.SeedAgentsFile is { } file)
        {
            await SeedAsync(file);
        }
    }

    private async Task SeedAsync(string file)
    {
        await using var stream = File.OpenRead(file);
        var roster = await JsonSerializer.DeserializeAsync<Dictionary<string, UpsertAgentRequest>>(
            stream, Json)
            ?? throw new InvalidOperationException($"{file}: expected an object of agent id to agent.");
        foreach (var (id, request) in roster)
        {
            var errors = request.Validate(id, out var profile);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{file}: agent '{id}': {string.Join("; ", errors.SelectMany(e => e.Value))}");
            }

            if (await agents.UpsertAsync(id, profile, catalog.QueuesFor(profile)))
            {
                await agents.SetStatusAsync(id, AgentStatuses.Available, "demo roster");
                Log.AgentSeeded(logger, id);
            }
        }
    }
}
