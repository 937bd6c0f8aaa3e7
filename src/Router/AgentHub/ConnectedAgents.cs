using StackExchange.Redis;

namespace Router.AgentHub;

/// <summary>
/// The agents connected to this router instance, with their connections and how far their inbox stream has been
/// pushed. Each instance tails only its own agents and pushes only to its own connections, so an agent with tabs on
/// two instances gets each entry once per tab.
/// </summary>
internal sealed class ConnectedAgents
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Tail> agents = new(StringComparer.Ordinal);

    /// <summary>Adds a connection; the first one of an agent starts its tail after <paramref name="startAfter"/>.</summary>
    public void Add(string agentId, string connectionId, RedisValue startAfter)
    {
        lock (gate)
        {
            if (!agents.TryGetValue(agentId, out var tail))
            {
                agents[agentId] = tail = new Tail(startAfter);
            }

            tail.Connections.Add(connectionId);
        }
    }

    /// <summary>Removes a connection; an agent with none left is no longer tailed.</summary>
    public void Remove(string agentId, string connectionId)
    {
        lock (gate)
        {
            if (agents.TryGetValue(agentId, out var tail) && tail.Connections.Remove(connectionId) && tail.Connections.Count == 0)
            {
                agents.Remove(agentId);
            }
        }
    }

    /// <summary>Every tailed agent with the stream id to read after.</summary>
    public IReadOnlyList<(string AgentId, RedisValue After)> Cursors()
    {
        lock (gate)
        {
            return agents.Select(a => (a.Key, a.Value.After)).ToArray();
        }
    }

    /// <summary>The agent's connections on this instance (empty once it has none).</summary>
    public IReadOnlyList<string> Connections(string agentId)
    {
        lock (gate)
        {
            return agents.TryGetValue(agentId, out var tail) ? tail.Connections.ToArray() : [];
        }
    }

    /// <summary>Records that entries up to <paramref name="id"/> were pushed.</summary>
    public void Advance(string agentId, RedisValue id)
    {
        lock (gate)
        {
            if (agents.TryGetValue(agentId, out var tail))
            {
                tail.After = id;
            }
        }
    }

    private sealed class Tail(RedisValue after)
    {
        public RedisValue After { get; set; } = after;

        public HashSet<string> Connections { get; } = new(StringComparer.Ordinal);
    }
}
