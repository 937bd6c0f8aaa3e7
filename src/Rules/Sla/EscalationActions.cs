using Router.Rules.Routing;

namespace Router.Rules.Sla;

/// <summary>Compiles the action of an escalation step, with the one field it needs and none it does not.</summary>
internal static class EscalationActions
{
    public static EscalationAction? Compile(EscalationDocument document, string location, SlaCompileContext scope)
    {
        var context = scope.Context;
        var field = document.Action switch
        {
            "raise-priority" => "priority",
            "move" => "queue",
            "widen" => "target",
            "notify" => "to",
            _ => null,
        };
        if (field is null)
        {
            context.Error(location, "action", document.Action is null
                ? $"'action' is required: {string.Join(", ", EscalationCompiler.Actions)}."
                : $"Unknown action '{document.Action}'; use {string.Join(", ", EscalationCompiler.Actions)}.");
        }

        foreach (var (name, present) in new[] { ("priority", document.Priority is not null), ("queue", document.Queue is not null), ("target", document.Target is not null), ("to", document.To is not null) })
        {
            if (present && field is not null && name != field)
            {
                context.Error(location, name, $"'{name}' does not apply to {document.Action}, which takes '{field}'.");
            }
            else if (!present && name == field)
            {
                context.Error(location, name, $"{document.Action} needs '{field}'.");
            }
        }

        return document.Action switch
        {
            "raise-priority" when document.Priority is { } priority => Priority(priority, location, context),
            "move" when document.Queue is { } queue => Move(queue, location, scope),
            "widen" when document.Target is { } target => Widen(target, location, context),
            "notify" when !string.IsNullOrWhiteSpace(document.To) => new NotifyAction(document.To),
            "notify" when document.To is not null => Invalid(context, location, "to", "'to' names who is told, such as \"supervisors\"."),
            _ => null,
        };
    }

    private static RaisePriorityAction? Priority(int priority, string location, CompileContext context)
    {
        context.CheckPriority(location, priority);
        return priority is >= 0 and <= RoutingCompiler.MaxPriority ? new RaisePriorityAction(priority) : null;
    }

    private static EscalationAction? Move(string queue, string location, SlaCompileContext scope)
    {
        if (!RoutingCompiler.IsValidQueueName(queue))
        {
            return Invalid(scope.Context, location, "queue", "A queue name is 1-64 lower-case letters, digits, '-' or '_'.");
        }

        return scope.KnownQueues is { } known && !known.Contains(queue)
            ? Invalid(scope.Context, location, "queue", $"Unknown queue '{queue}'; routing.json has {string.Join(", ", known.Order(StringComparer.Ordinal))}.")
            : new MoveAction(queue);
    }

    private static EscalationAction? Widen(int target, string location, CompileContext context) =>
        target >= 1
            ? new WidenAction(target)
            : Invalid(context, location, "target", $"'target' is the index of a queue target step to jump to, 1 or more, not {target}.");

    private static EscalationAction? Invalid(CompileContext context, string location, string field, string message)
    {
        context.Error(location, field, message);
        return null;
    }
}
