using Router.Agents;
using Router.Rules.Routing;

namespace Router.RulesBench;

/// <summary>The generated agents with their pools under the policy in force (A) and under an edited one (B).</summary>
internal sealed record Roster(
    (string Id, AgentProfile Profile)[] Agents, RoutingPolicy A, RoutingPolicy B, IReadOnlyList<string>[] PoolsA, IReadOnlyList<string>[] PoolsB)
{
    public int Count => Agents.Length;

    /// <summary>How many agents the edit from A to B moves into or out of at least one pool.</summary>
    public int Changed => Enumerable.Range(0, Count).Count(i => !PoolsA[i].Order(StringComparer.Ordinal).SequenceEqual(PoolsB[i].Order(StringComparer.Ordinal)));
}
