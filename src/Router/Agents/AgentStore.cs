using System.Globalization;
using System.Text.Json;
using Router.Channels;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Agents;

/// <summary>Agents in Redis: profile, status, load and the queues each may serve.</summary>
internal sealed class AgentStore(IConnectionMultiplexer redis, RedisKeys keys, RouterScripts scripts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Creates or replaces an agent's profile and pools; a new agent starts offline. True when created.</summary>
    public async Task<bool> UpsertAsync(string id, AgentProfile profile, IReadOnlyCollection<string> pools)
    {
        var args = new List<RedisValue> { id, JsonSerializer.Serialize(profile, Json), profile.MaxItems };
        args.AddRange(ChannelNames.All.Select(c => (RedisValue)profile.Capacity.GetValueOrDefault(c)));
        args.Add(pools.Count);
        args.AddRange(pools.Select(p => (RedisValue)p));
        foreach (var (skill, level) in profile.Skills)
        {
            args.Add(skill);
            args.Add(level);
        }

        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.AgentUpsert, keys.Agent(id), [.. args]))!;
        return (int)result[0] == 1;
    }

    /// <summary>Sets the status; null when the agent is unknown, else the queues that may now be dispatched.</summary>
    public async Task<IReadOnlyList<string>?> SetStatusAsync(string id, string status, string reason)
    {
        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.AgentStatus, keys.Agent(id), id, status, reason))!;
        return (string)result[0]! == "ok" ? result.Skip(2).Select(r => AgentPools.QueueOf((string)r!)).Distinct().ToArray() : null;
    }

    /// <summary>Reads an agent; null when there is none.</summary>
    public async Task<AgentView?> GetAsync(string id)
    {
        var db = redis.GetDatabase();
        var poolsTask = db.SetMembersAsync(keys.AgentPools(id));
        var hash = (await db.HashGetAllAsync(keys.Agent(id))).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
        if (hash.Count == 0)
        {
            return null;
        }

        var profile = ReadProfile(hash["profile"]);
        var load = ChannelNames.All.ToDictionary(c => c, c => Int(hash, "load:" + c));
        load["total"] = Int(hash, "load");
        return new AgentView
        {
            Id = id,
            Name = profile.Name,
            Skills = profile.Skills,
            Languages = profile.Languages,
            Team = profile.Team,
            Capacity = profile.Capacity,
            MaxItems = profile.MaxItems,
            Status = hash["status"],
            StatusReason = hash.GetValueOrDefault("statusReason"),
            StatusSince = TimeExtensions.FromUnixMilliseconds(hash.GetValueOrDefault("statusSince")),
            IdleSince = TimeExtensions.FromUnixMilliseconds(hash.GetValueOrDefault("idleSince")),
            Load = load,
            MissedOffers = Int(hash, "missed"),
            Queues = (await poolsTask).Select(p => AgentPools.QueueOf(p.ToString())).Distinct().Order(StringComparer.Ordinal).ToArray(),
            Pools = (await poolsTask).Select(p => p.ToString()).Order(StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>Every agent id with its stored profile, for re-deriving queue membership after a config change.</summary>
    public async IAsyncEnumerable<(string Id, AgentProfile Profile)> ListProfilesAsync()
    {
        var db = redis.GetDatabase();
        foreach (var id in await db.SetMembersAsync(keys.Agents))
        {
            var json = await db.HashGetAsync(keys.Agent(id.ToString()), "profile");
            if (json.HasValue)
            {
                yield return (id.ToString(), ReadProfile(json.ToString()));
            }
        }
    }

    private static AgentProfile ReadProfile(string json) => JsonSerializer.Deserialize<AgentProfile>(json, Json)!;

    private static int Int(Dictionary<string, string> hash, string field) =>
        hash.TryGetValue(field, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : 0;
}
