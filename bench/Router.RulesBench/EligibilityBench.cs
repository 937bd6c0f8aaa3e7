using System.Text.Json.Nodes;
using Router.Agents;
using Router.Rules.Routing;

namespace Router.RulesBench;

/// <summary>
/// Part 2a: the CPU side of a reload, <see cref="RoutingPolicy.PoolsFor"/> for every agent; with and without building
/// the agent's facts (<c>AgentPools.For</c> serialises the profile to JSON first).
/// </summary>
internal static class EligibilityBench
{
    public static Roster Run(BenchOptions options, RoutingPolicy policy, Report report)
    {
        Console.WriteLine();
        Console.WriteLine("== Agent eligibility (CPU) ==");
        var agents = AgentGenerator.Generate(options.Seed + 2, options.Agents);
        var facts = agents.Select(a => AgentFacts.From(a.Id, a.Profile)).ToArray();
        var steps = policy.Queues.Sum(q => q.Steps.Count(s => s.Agents is not null));
        Console.WriteLine($"agents: {agents.Length:N0}; {steps} agent expressions per agent; median of {options.Reps} runs after at least 2 s of warm-up");

        var bare = Timing.Measure(options.Reps, () => PoolsForAll(policy, facts));
        report.Add($"PoolsFor, {agents.Length:N0} agents, facts prebuilt, 1 thread", $"{bare.Median.TotalMilliseconds:F1} ms",
            $"{bare.Rate(agents.Length):N0} agents/s, {bare.AllocatedBytesPerRun / agents.Length:N0} B/agent; {bare.Describe()}");

        var pools = new AgentPools(new FixedPolicySource(policy));
        var full = Timing.Measure(options.Reps, () => PoolsWithFacts(pools, agents));
        report.Add($"AgentPools.For (AgentFacts.From + PoolsFor), {agents.Length:N0} agents, 1 thread", $"{full.Median.TotalMilliseconds:F1} ms",
            $"{full.Rate(agents.Length):N0} agents/s, {full.AllocatedBytesPerRun / agents.Length:N0} B/agent; {full.Describe()}");

        var edited = RoutingCompiler.Compile(RoutingFileGenerator.Generate(options.Seed, options.Queues, options.Rules, levelShift: 1), "edited").Policy
            ?? throw new InvalidOperationException("The edited file does not compile.");
        var roster = new Roster(agents, policy, edited, [.. facts.Select(policy.PoolsFor)], [.. facts.Select(edited.PoolsFor)]);
        Console.WriteLine($"  pools per agent: mean {roster.PoolsA.Average(p => p.Count):F1} (after the edit {roster.PoolsB.Average(p => p.Count):F1}); "
            + $"the edit (every skill threshold +1) changes the pools of {roster.Changed:N0} agents");
        return roster;
    }

    private static void PoolsForAll(RoutingPolicy policy, JsonObject[] facts)
    {
        var total = 0L;
        foreach (var agent in facts)
        {
            total += policy.PoolsFor(agent).Count;
        }

        Sink.Keep(total);
    }

    private static void PoolsWithFacts(AgentPools pools, (string Id, AgentProfile Profile)[] agents)
    {
        var total = 0L;
        foreach (var (id, profile) in agents)
        {
            total += pools.For(id, profile).Count;
        }

        Sink.Keep(total);
    }
}
