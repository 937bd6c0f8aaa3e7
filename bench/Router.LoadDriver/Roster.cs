namespace Router.LoadDriver;

/// <summary>The bench's agents: <c>agent-0000</c>… serving the <c>api</c> channel of every queue without skills.</summary>
internal sealed class Roster(int count, int capacity, int concurrency)
{
    public IReadOnlyList<string> Ids { get; } = Enumerable.Range(0, count).Select(i => $"agent-{i:D5}").ToArray();

    public int Slots => Ids.Count * capacity;

    /// <summary>Registers every agent through <c>PUT /v1/agents/{id}</c>; they start offline.</summary>
    public Task RegisterAsync(RouterApi api) =>
        ForEachAsync(id => api.UpsertAgentAsync(id, capacity));

    /// <summary>Sets every agent's status through <c>PUT /v1/agents/{id}/status</c>, which also wakes the dispatcher.</summary>
    public Task SetStatusAsync(RouterApi api, string status) =>
        ForEachAsync(id => api.SetStatusAsync(id, status));

    /// <summary>Sets every agent's status straight through the script, pipelined: all change within milliseconds.</summary>
    public Task SetStatusDirectAsync(BenchWorkspace workspace, string status) =>
        Task.WhenAll(Ids.Select(id => workspace.SetStatusDirectAsync(id, status)));

    private Task ForEachAsync(Func<string, Task> action) =>
        Parallel.ForEachAsync(Ids, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (id, _) => await action(id));
}
