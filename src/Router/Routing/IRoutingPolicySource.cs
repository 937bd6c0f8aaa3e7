using Router.Rules.Routing;

namespace Router.Routing;

/// <summary>The routing policy in force, kept current as supervisors edit the rules file.</summary>
internal interface IRoutingPolicySource
{
    /// <summary>The last policy that compiled; a broken edit never replaces it.</summary>
    RoutingPolicy Current { get; }

    /// <summary>Why the last reload was refused, or null when the file in force is the file on disk.</summary>
    string? ReloadError { get; }

    /// <summary>Raised after a new policy took effect.</summary>
    event Action<RoutingPolicy>? Changed;
}
