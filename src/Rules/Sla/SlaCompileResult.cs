using Router.Rules.Routing;

namespace Router.Rules.Sla;

/// <summary>A compiled SLA file, or every error found in it.</summary>
public sealed record SlaCompileResult(SlaPolicySet? Policies, IReadOnlyList<RoutingError> Errors)
{
    /// <summary>True when the file compiled with no error.</summary>
    public bool Success => Policies is not null;
}
