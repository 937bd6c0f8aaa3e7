using Router.Rules.Routing;

namespace Router.Routing;

/// <summary>The routing rules file does not compile; the message lists every error.</summary>
public sealed class RoutingRulesException(string file, IReadOnlyList<RoutingError> errors)
    : Exception($"The routing rules in {file} have {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    /// <summary>Every error found.</summary>
    public IReadOnlyList<RoutingError> Errors { get; } = errors;
}
