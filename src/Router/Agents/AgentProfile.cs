namespace Router.Agents;

/// <summary>What an agent is: the attributes routing reads and the capacity it has per channel.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Skills">Skill name to level (e.g. billing: 4).</param>
/// <param name="Languages">Languages spoken (e.g. en, es).</param>
/// <param name="Team">Team name, if any.</param>
/// <param name="Capacity">Channel name to how many items of that channel the agent may hold at once.</param>
/// <param name="MaxItems">How many items of all channels together the agent may hold at once.</param>
public sealed record AgentProfile(
    string? Name,
    IReadOnlyDictionary<string, int> Skills,
    IReadOnlyList<string> Languages,
    string? Team,
    IReadOnlyDictionary<string, int> Capacity,
    int MaxItems);
