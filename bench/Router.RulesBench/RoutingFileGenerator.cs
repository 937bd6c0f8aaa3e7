using System.Text.Json;
using System.Text.Json.Serialization;
using Router.Rules.Routing;
using static Router.RulesBench.Vocabulary;

namespace Router.RulesBench;

/// <summary>
/// Writes a routing.json text like a large contact centre's: queues per skill and language whose targets widen over
/// 1-3 steps, and rules of every <see cref="RuleShapes">shape</see>, all distinct, then <c>default: general</c>.
/// </summary>
internal static class RoutingFileGenerator
{
    public const string DefaultQueue = "general";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>The same seed gives the same file; <paramref name="levelShift"/> moves every skill threshold, as an edit would.</summary>
    public static string Generate(int seed, int queueCount, int ruleCount, int levelShift = 0)
    {
        var random = new Random(seed);
        var queues = Queues(random, queueCount, levelShift);
        var document = new RoutingDocument
        {
            Queues = queues,
            Rules = Rules(random, ruleCount, [.. queues.Select(q => q.Name!).Where(n => n != DefaultQueue)]),
            Default = new DefaultDocument { Queue = DefaultQueue, Priority = 0 },
        };
        return JsonSerializer.Serialize(document, Json);
    }

    private static List<QueueDocument> Queues(Random random, int count, int levelShift)
    {
        var queues = new List<QueueDocument>();
        for (var q = 0; queues.Count < count - 1; q++)
        {
            var skill = Skills[q % Skills.Length];
            var language = Languages[(q / Skills.Length + q) % Languages.Length];
            var steps = random.Next(1, 4);
            var targets = new List<TargetDocument>
            {
                new() { Agents = $"skills.{skill} >= {4 + levelShift} AND languages CONTAINS '{language}'" + TeamClause(random) },
                new() { Agents = $"skills.{skill} >= {2 + levelShift} AND (languages CONTAINS '{language}' OR languages CONTAINS 'en')" },
                new() { Agents = $"'{skill}' IN skills AND capacity.{random.Pick(ChannelWords)} >= 1 AND NOT (team == 't12')" },
            }.Take(steps).ToList();
            if (random.Next(4) == 0)
            {
                targets.Add(new TargetDocument { Overflow = DefaultQueue });
            }

            for (var t = 0; t < targets.Count - 1; t++)
            {
                targets[t].TimeoutSeconds = 30 * (t + 1);
            }

            queues.Add(new QueueDocument { Name = $"{skill}-{language}", Ordering = q % 10 == 9 ? "fifo" : null, Targets = targets });
        }

        queues.Add(new QueueDocument { Name = DefaultQueue, Agents = "true" });
        return queues;
    }

    private static string TeamClause(Random random) =>
        random.Next(3) == 0 ? $" AND team IN ['{random.Pick(Teams)}', '{random.Pick(Teams)}']" : "";

    private static List<RuleDocument> Rules(Random random, int count, string[] queues)
    {
        var rules = new List<RuleDocument>();
        var conditions = new HashSet<string>(StringComparer.Ordinal);
        while (rules.Count < count)
        {
            var (shape, when) = RuleShapes.All[rules.Count % RuleShapes.All.Count];
            var condition = when(random);
            if (!conditions.Add(condition))
            {
                continue; // the compiler refuses a condition that repeats an earlier one as unreachable
            }

            rules.Add(new RuleDocument
            {
                Name = $"r{rules.Count:000}-{shape}",
                When = condition,
                Queue = random.Pick(queues),
                Priority = random.Next(0, 11) * 50,
                Skills = random.Next(4) == 0 ? new Dictionary<string, int> { [random.Pick(Skills)] = random.Next(1, 5) } : null,
                Tags = random.Next(3) == 0 ? [shape] : null,
            });
        }

        return rules;
    }
}
