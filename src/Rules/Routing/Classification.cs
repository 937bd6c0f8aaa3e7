namespace Router.Rules.Routing;

/// <summary>Where the rules put an item, and why.</summary>
/// <param name="Rule">The rule that matched; null when the default applied.</param>
/// <param name="Queue">The queue.</param>
/// <param name="Priority">0 (lowest) … 1000 (highest).</param>
/// <param name="Skills">Skills (minimum levels) the agent must have, on top of the queue's targets.</param>
/// <param name="Tags">Tags the rule adds to the item.</param>
/// <param name="NotMatched">The rules tried before, in order, whose condition did not hold.</param>
public sealed record Classification(
    string? Rule,
    string Queue,
    int Priority,
    IReadOnlyDictionary<string, int> Skills,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> NotMatched);
