using NodaTime;

namespace Router.Rules.Sla;

/// <summary>One target's clock as planned.</summary>
/// <param name="Target">The open time the policy allows.</param>
/// <param name="Elapsed">The open time already used when the plan was made.</param>
/// <param name="Due">When the target is breached; the planning instant when it already was.</param>
public sealed record SlaDue(Duration Target, Duration Elapsed, Instant Due)
{
    /// <summary>True when the target was already used up when the plan was made.</summary>
    public bool Breached => Elapsed >= Target;

    /// <summary>The open time left when the plan was made; zero once breached.</summary>
    public Duration Remaining => Duration.Max(Target - Elapsed, Duration.Zero);
}
