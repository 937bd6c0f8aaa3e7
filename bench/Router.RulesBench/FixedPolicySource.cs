using Router.Routing;
using Router.Rules.Routing;

namespace Router.RulesBench;

/// <summary>A policy source that never reloads, so the bench can use the router's own <c>AgentPools</c>.</summary>
internal sealed class FixedPolicySource(RoutingPolicy policy) : IRoutingPolicySource
{
    public RoutingPolicy Current => policy;

    public string? ReloadError => null;

    public event Action<RoutingPolicy>? Changed
    {
        add { }
        remove { }
    }
}
