using System.Text.Json;
using Router.Queues;

namespace Router.Agents;

/// <summary>
/// At start: re-derives every agent's queues from the current queue config (it may have changed while the router
/// was down), then creates the agents of the seed file (<c>Router:SeedAgentsFile</c>, the demo roster) that do not
/// exist yet, and makes them available.
/// </summary>
internal sealed class AgentQueueReconciler(
    AgentStore agents,
    QueueCatalog catalog,
    Microsoft.Extensions.Options.IOptions<Hosting.RouterOptions> options,
    ILogger<AgentQueueReconciler> logger) : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(CancellationToken cancellationToken)
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
