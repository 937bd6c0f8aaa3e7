namespace Router.Rules.Routing;

/// <summary>Compiles and checks the <c>queues</c> of a routing file.</summary>
internal static class QueueCompiler
{
    public static IReadOnlyList<RoutingQueue> Compile(List<QueueDocument>? documents, CompileContext context)
    {
        if (documents is null || documents.Count == 0)
        {
            context.Error("queues", "", "At least one queue is required.");
            return [];
        }

        var names = documents.Select(d => d.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queues = new List<RoutingQueue>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var location = $"queues[{i}] '{document.Name}'";
            if (document.Name is null || !RoutingCompiler.IsValidQueueName(document.Name))
            {
                context.Error(location, "name", "A queue name is 1-64 lower-case letters, digits, '-' or '_'.");
                continue;
            }

            if (!seen.Add(document.Name))
            {
                context.Error(location, "name", $"Queue '{document.Name}' is defined twice.");
                continue;
            }

            var fifo = document.Ordering switch
            {
                null or "priority" => false,
                "fifo" => true,
                _ => Invalid(context, location, document.Ordering),
            };
            queues.Add(new RoutingQueue(document.Name, fifo, Steps(document, location, names, context)));
        }

        return queues;
    }

    private static bool Invalid(CompileContext context, string location, string ordering)
    {
        context.Error(location, "ordering", $"Unknown ordering '{ordering}'; use 'priority' (highest first, then oldest) or 'fifo' (oldest first).");
        return false;
    }

    private static List<TargetStep> Steps(QueueDocument queue, string location, HashSet<string> names, CompileContext context)
    {
        var name = queue.Name!;
        if (queue.Targets is null || queue.Targets.Count == 0)
        {
            return [new TargetStep(name, 0, TimeSpan.Zero, context.Parse(location, "agents", queue.Agents, KnownPaths.Agent), null)];
        }

        var steps = new List<TargetStep>();
        var start = TimeSpan.Zero;
        for (var t = 0; t < queue.Targets.Count; t++)
        {
            var target = queue.Targets[t];
            var where = $"{location}.targets[{t}]";
            var last = t == queue.Targets.Count - 1;
            if (target.Overflow is { } overflow)
            {
                if (!last)
                {
                    context.Error(where, "overflow", "Only the last target can overflow; the targets after it would never apply.");
                }

                if (target.Agents is not null)
                {
                    context.Error(where, "agents", "An overflow target moves the item; it takes no agents expression.");
                }

                if (overflow == name || !names.Contains(overflow))
                {
                    context.Error(where, "overflow", overflow == name ? "A queue cannot overflow into itself." : $"Unknown queue '{overflow}'.");
                }

                if (t == 0)
                {
                    context.Error(where, "overflow", "The first target cannot overflow: the item would never be offered here.");
                }

                steps.Add(new TargetStep(name, t, start, null, overflow));
            }
            else
            {
                steps.Add(new TargetStep(name, t, start, context.Parse(where, "agents", target.Agents ?? queue.Agents, KnownPaths.Agent), null));
            }

            if (target.TimeoutSeconds is { } seconds)
            {
                if (seconds <= 0)
                {
                    context.Error(where, "timeoutSeconds", $"timeoutSeconds must be more than 0, not {seconds}.");
                }

                start += TimeSpan.FromSeconds(Math.Max(seconds, 0));
            }
            else if (!last)
            {
                context.Error(where, "timeoutSeconds", "Every target but the last needs timeoutSeconds, or the ones after it never apply.");
            }
        }

        return steps;
    }
}
