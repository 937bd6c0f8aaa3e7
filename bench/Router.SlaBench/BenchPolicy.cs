using NodaTime;
using Router.Rules.Routing;
using Router.Rules.Sla;
using Router.Sla;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>
/// The bench's SLA policy (<c>sla.json</c> beside the bench: a 24/7 UTC calendar, first response <c>10s</c> with steps
/// at 25/50/75 %), compiled by the router's own compiler against the routing file the router will run with, so the
/// plans the bench makes are the plans the router makes.
/// </summary>
internal sealed class BenchPolicy
{
    private BenchPolicy(string slaFile, SlaPolicy policy, RoutingPolicy routing)
    {
        SlaFile = slaFile;
        Policy = policy;
        Routing = routing;
        FirstResponseSteps = policy.Escalations
            .Where(s => s.Of == SlaTarget.FirstResponse)
            .ToDictionary(s => SlaArguments.StableId(policy.Name, s), StringComparer.Ordinal);
    }

    public string SlaFile { get; }

    /// <summary>The default policy: the only one, so every item gets it.</summary>
    public SlaPolicy Policy { get; }

    public RoutingPolicy Routing { get; }

    /// <summary>The first-response steps by the id <c>sla_fire</c> writes in an item's history.</summary>
    public IReadOnlyDictionary<string, EscalationStep> FirstResponseSteps { get; }

    /// <summary>The first-response target.</summary>
    public Duration Target => Policy.FirstResponse ?? throw new InvalidOperationException("The bench policy sets no first response.");

    public static BenchPolicy Load(string configDir)
    {
        var slaFile = Path.Combine(AppContext.BaseDirectory, "sla.json");
        var routingFile = Path.Combine(configDir, "routing.json");
        var routing = RoutingCompiler.Compile(File.ReadAllText(routingFile), routingFile);
        if (routing.Policy is null)
        {
            throw new InvalidOperationException($"{routingFile}: {string.Join("; ", routing.Errors)}");
        }

        var sla = SlaCompiler.Compile(File.ReadAllText(slaFile), slaFile, routing.Policy.Queues.Select(q => q.Name).ToHashSet(StringComparer.Ordinal));
        if (sla.Policies is null)
        {
            throw new InvalidOperationException($"{slaFile}: {string.Join("; ", sla.Errors)}");
        }

        return new BenchPolicy(slaFile, sla.Policies.Default, routing.Policy);
    }

    /// <summary>The <c>sla_apply</c> arguments of an item that arrives at <paramref name="start"/>, as intake plans them.</summary>
    public List<RedisValue> PlanNew(DateTimeOffset start) =>
        SlaArguments.For(SlaPlanner.Plan(Policy, Instant.FromDateTimeOffset(start), Duration.Zero, Duration.Zero), Routing);

    /// <summary>Events (steps and breaches) of an item created at <paramref name="start"/> that are due at <paramref name="now"/>.</summary>
    public int DueEvents(DateTimeOffset start, DateTimeOffset now)
    {
        var plan = SlaPlanner.Plan(Policy, Instant.FromDateTimeOffset(start), Duration.Zero, Duration.Zero);
        var at = Instant.FromDateTimeOffset(now);
        return plan.Escalations.Count(e => e.FireAt <= at)
            + new[] { plan.FirstResponse, plan.Resolution }.Count(d => d is not null && d.Due <= at);
    }
}
