using Router.Rules.Expressions;

namespace Router.Rules.Routing;

/// <summary>A compiled routing rule.</summary>
public sealed record RoutingRule(
    string Name, Expression When, string Queue, int? Priority, IReadOnlyDictionary<string, int> Skills, IReadOnlyList<string> Tags);
