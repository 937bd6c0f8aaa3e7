using Router.Channels;
using Router.Hosting;

namespace Router.Agents;

/// <summary>The body of <c>PUT /v1/agents/{id}</c>.</summary>
public sealed record UpsertAgentRequest
{
    public const int MaxCapacity = 1000;

    public string? Name { get; init; }

    public Dictionary<string, int>? Skills { get; init; }

    public List<string>? Languages { get; init; }

    public string? Team { get; init; }

    /// <summary>Items per channel the agent may hold at once; a channel left out is 0.</summary>
    public Dictionary<string, int>? Capacity { get; init; }

    /// <summary>Items of all channels together; the sum of <see cref="Capacity"/> when absent.</summary>
    public int? MaxItems { get; init; }

    internal Dictionary<string, string[]> Validate(string id, out AgentProfile profile)
    {
        var errors = new Dictionary<string, string[]>();
        if (!AgentIds.IsValid(id))
        {
            errors["id"] = [$"Agent id must be 1-{WorkItemLimits.MaxIdLength} letters, digits, '_', '.', '@' or '-'."];
        }

        var capacity = Capacity ?? [];
        foreach (var (channel, count) in capacity)
        {
            if (!ChannelNames.TryParse(channel, out _))
            {
                errors[$"capacity.{channel}"] = [$"'{channel}' is not a channel; use one of {string.Join(", ", ChannelNames.All)}."];
            }
            else if (count is < 0 or > MaxCapacity)
            {
                errors[$"capacity.{channel}"] = [$"Capacity must be 0-{MaxCapacity}, not {count}."];
            }
        }

        if (MaxItems is < 0 or > MaxCapacity)
        {
            errors["maxItems"] = [$"maxItems must be 0-{MaxCapacity}, not {MaxItems}."];
        }

        foreach (var (skill, level) in Skills ?? [])
        {
            if (level < 0)
            {
                errors[$"skills.{skill}"] = [$"Skill levels must be 0 or more, not {level}."];
            }
        }

        profile = new AgentProfile(
            Name, Skills ?? [], Languages ?? [], Team, capacity, MaxItems ?? capacity.Values.Where(v => v > 0).Sum());
        return errors;
    }
}
