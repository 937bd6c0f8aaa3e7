namespace Router.Hosting;

/// <summary>Tags that place a health check on an endpoint.</summary>
internal static class HealthTags
{
    /// <summary>
    /// Checks that must pass before the router should get traffic: <c>/health/ready</c> runs exactly these.
    /// A new dependency joins readiness by registering its check with this tag
    /// (<c>AddCheck&lt;EmailHealthCheck&gt;("email", tags: [HealthTags.Ready])</c>); <c>/health</c> runs every check anyway.
    /// </summary>
    public const string Ready = "ready";
}
