namespace Router.Rules.Routing;

/// <summary>A compiled policy, or every error found in the file.</summary>
public sealed record RoutingCompileResult(RoutingPolicy? Policy, IReadOnlyList<RoutingError> Errors)
{
    /// <summary>True when the file compiled with no error.</summary>
    public bool Success => Policy is not null;
}
