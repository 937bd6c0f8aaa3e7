namespace Router.Rules.Routing;

/// <summary>Compiles and checks the <c>rules</c> of a routing file, including rules that can never match.</summary>
internal static class RuleCompiler
{
    public static IReadOnlyList<RoutingRule> Compile(List<RuleDocument>? documents, IReadOnlyList<RoutingQueue> queues, CompileContext context)
    {
        var rules = new List<RoutingRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var conditions = new Dictionary<string, string>(StringComparer.Ordinal); // canonical when → first rule with it
        string? catchAll = null;
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var document = documents![i];
            var location = $"rules[{i}] '{document.Name}'";
            if (string.IsNullOrWhiteSpace(document.Name))
            {
                context.Error(location, "name", "Every rule needs a name (it is recorded in each item's history).");
            }
            else if (!names.Add(document.Name))
            {
                context.Error(location, "name", $"Rule '{document.Name}' is defined twice.");
            }

            var when = context.Parse(location, "when", document.When, KnownPaths.Item);
            if (document.Queue is null || !queues.Any(q => q.Name == document.Queue))
            {
                context.Error(location, "queue", document.Queue is null ? "A rule needs a queue." : $"Unknown queue '{document.Queue}'.");
            }

            context.CheckPriority(location, document.Priority);
            foreach (var (skill, level) in document.Skills ?? [])
            {
                if (level < 0)
                {
                    context.Error(location, $"skills.{skill}", $"Skill levels are 0 or more, not {level}.");
                }
            }

            if (when is null)
            {
                continue;
            }

            if (catchAll is not null)
            {
                context.Error(location, "when", $"Unreachable: rule '{catchAll}' before it always matches.");
            }
            else if (conditions.TryGetValue(when.ToString(), out var earlier))
            {
                context.Error(location, "when", $"Unreachable: rule '{earlier}' before it has the same condition.");
            }

            conditions.TryAdd(when.ToString(), document.Name ?? "");
            catchAll ??= when.IsConstantTrue ? document.Name : null;
            rules.Add(new RoutingRule(document.Name ?? "", when, document.Queue ?? "", document.Priority, document.Skills ?? [], document.Tags ?? []));
        }

        return rules;
    }
}
