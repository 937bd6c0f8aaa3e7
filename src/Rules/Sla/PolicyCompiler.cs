using NodaTime;
using Router.Rules.Expressions;
using Router.Rules.Routing;

namespace Router.Rules.Sla;

/// <summary>Compiles the <c>policies</c> and the <c>default</c> of an SLA file, including policies that can never match.</summary>
internal static class PolicyCompiler
{
    public static List<SlaPolicy> Compile(List<SlaPolicyDocument?>? documents, SlaCompileContext scope)
    {
        var context = scope.Context;
        var policies = new List<SlaPolicy>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var conditions = new Dictionary<string, string>(StringComparer.Ordinal); // canonical when → first policy with it
        string? catchAll = null;
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var document = documents![i] ?? new SlaPolicyDocument();
            var location = $"policies[{i}] '{document.Name}'";
            if (!SlaNames.IsValid(document.Name) || document.Name == SlaPolicy.DefaultName)
            {
                context.Error(location, "name", document.Name == SlaPolicy.DefaultName ? "'default' names the fallback policy; choose another name." : SlaNames.Rule);
            }
            else if (!names.Add(document.Name!))
            {
                context.Error(location, "name", $"Policy '{document.Name}' is defined twice.");
            }

            var when = context.Parse(location, "when", document.When, KnownPaths.Item);
            if (when is not null && catchAll is not null)
            {
                context.Error(location, "when", $"Unreachable: policy '{catchAll}' before it always matches.");
            }
            else if (when is not null && conditions.TryGetValue(when.ToString(), out var earlier))
            {
                context.Error(location, "when", $"Unreachable: policy '{earlier}' before it has the same condition.");
            }

            if (when is not null)
            {
                conditions.TryAdd(when.ToString(), document.Name ?? "");
                catchAll ??= when.IsConstantTrue ? document.Name : null;
            }

            var policy = Body(document.Name ?? "", when, location, document.Calendar, document.FirstResponse, document.Resolution, document.Escalations, scope);
            if (policy is not null && when is not null)
            {
                policies.Add(policy);
            }
        }

        return policies;
    }

    public static SlaPolicy? CompileDefault(SlaDefaultDocument? document, SlaCompileContext scope)
    {
        if (document is null)
        {
            scope.Context.Error("default", "", "A default policy is required: \"default\": { \"calendar\": \"office\", \"firstResponse\": \"8h\" }.");
            return null;
        }

        return Body(SlaPolicy.DefaultName, null, "default", document.Calendar, document.FirstResponse, document.Resolution, document.Escalations, scope);
    }

    private static SlaPolicy? Body(
        string name, Expression? when, string location, string? calendar, string? firstResponse, string? resolution, List<EscalationDocument?>? escalations, SlaCompileContext scope)
    {
        var context = scope.Context;
        var errors = context.Errors.Count;
        if (calendar is null || !scope.CalendarNames.Contains(calendar))
        {
            var known = string.Join(", ", scope.CalendarNames.Order(StringComparer.Ordinal));
            context.Error(location, "calendar", calendar is null ? $"A calendar is required; the file has {known}." : $"Unknown calendar '{calendar}'; the file has {known}.");
        }

        var targets = new Dictionary<SlaTarget, Duration?>();
        Target(SlaTarget.FirstResponse, "firstResponse", firstResponse, targets, location, context);
        Target(SlaTarget.Resolution, "resolution", resolution, targets, location, context);
        if (targets.Count == 0)
        {
            context.Error(location, "", "A policy needs a firstResponse target, a resolution target, or both.");
        }

        var steps = new List<EscalationStep>();
        for (var i = 0; i < (escalations?.Count ?? 0); i++)
        {
            if (EscalationCompiler.Compile(escalations![i], $"{name}/{i}", $"{location}.escalations[{i}]", targets, scope) is { } step)
            {
                steps.Add(step);
            }
        }

        return context.Errors.Count == errors && scope.Calendars.TryGetValue(calendar!, out var compiled)
            ? new SlaPolicy(name, when, compiled, targets.GetValueOrDefault(SlaTarget.FirstResponse), targets.GetValueOrDefault(SlaTarget.Resolution), steps)
            : null;
    }

    private static void Target(SlaTarget target, string field, string? text, Dictionary<SlaTarget, Duration?> targets, string location, CompileContext context)
    {
        if (text is null)
        {
            return;
        }

        var error = SlaDurations.TryParse(text, out var length) ?? (length > Duration.Zero ? null : $"'{text}': a target must be more than 0.");
        if (error is not null)
        {
            context.Error(location, field, error);
        }

        targets[target] = error is null ? length : null;
    }
}
