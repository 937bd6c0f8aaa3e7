using Router.Rules.Expressions;

namespace Router.Rules.Routing;

/// <summary>One step of a queue's targets: from <paramref name="StartsAfter"/> in the queue, who may take the item.</summary>
/// <param name="Queue">The queue the step belongs to.</param>
/// <param name="Index">0 for the first step.</param>
/// <param name="StartsAfter">How long an item has been in the queue when this step starts.</param>
/// <param name="Agents">Who may take the item during this step; null for an overflow step.</param>
/// <param name="OverflowTo">The queue an item moves to when this step starts; null for an agent step.</param>
public sealed record TargetStep(string Queue, int Index, TimeSpan StartsAfter, Expression? Agents, string? OverflowTo)
{
    /// <summary>The name of this step's agent pool in Redis: <c>queue.index</c>.</summary>
    public string Pool => $"{Queue}.{Index}";
}
