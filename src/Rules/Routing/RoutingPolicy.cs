using System.Text.Json.Nodes;

namespace Router.Rules.Routing;

/// <summary>
/// A compiled, validated <c>routing.json</c>: classifies items into a queue with a priority, and says which target
/// steps of which queues an agent may serve. Immutable and thread-safe; a reload builds a new one.
/// </summary>
public sealed class RoutingPolicy
{
    private readonly Dictionary<string, RoutingQueue> byName;

    internal RoutingPolicy(IReadOnlyList<RoutingQueue> queues, IReadOnlyList<RoutingRule> rules, string defaultQueue, int defaultPriority)
    {
        Queues = queues;
        Rules = rules;
        DefaultQueue = defaultQueue;
        DefaultPriority = defaultPriority;
        byName = queues.ToDictionary(q => q.Name, StringComparer.Ordinal);
    }

    /// <summary>The queues, in file order.</summary>
    public IReadOnlyList<RoutingQueue> Queues { get; }

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<RoutingRule> Rules { get; }

    /// <summary>Where an item goes when no rule matches.</summary>
    public string DefaultQueue { get; }

    /// <summary>The priority of an item no rule (or a rule without priority) sets.</summary>
    public int DefaultPriority { get; }

    /// <summary>The queue named <paramref name="name"/>, or null.</summary>
    public RoutingQueue? FindQueue(string name) => byName.GetValueOrDefault(name);

    /// <summary>Tries the rules in order on the item's facts; the first that holds decides, else the default.</summary>
    public Classification Classify(JsonObject item)
    {
        var notMatched = new List<string>();
        foreach (var rule in Rules)
        {
            if (rule.When.Evaluate(item))
            {
                return new Classification(rule.Name, rule.Queue, rule.Priority ?? DefaultPriority, rule.Skills, rule.Tags, notMatched);
            }

            notMatched.Add(rule.Name);
        }

        return new Classification(null, DefaultQueue, DefaultPriority, new Dictionary<string, int>(), [], notMatched);
    }

    /// <summary>The pools (<c>queue.step</c>) whose agent expression holds for the agent's facts.</summary>
    public IReadOnlyList<string> PoolsFor(JsonObject agent)
    {
        var pools = new List<string>();
        foreach (var queue in Queues)
        {
            foreach (var step in queue.Steps)
            {
                if (step.Agents is not null && step.Agents.Evaluate(agent))
                {
                    pools.Add(step.Pool);
                }
            }
        }

        return pools;
    }
}
