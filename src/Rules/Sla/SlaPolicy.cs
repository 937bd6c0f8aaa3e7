using NodaTime;
using Router.Rules.Calendars;
using Router.Rules.Expressions;

namespace Router.Rules.Sla;

/// <summary>A compiled SLA policy: its targets in open time on its calendar, and its escalation ladder.</summary>
/// <param name="Name">The policy's name; <c>default</c> for the fallback.</param>
/// <param name="When">The condition over item facts; null for the default.</param>
/// <param name="Calendar">Whose open time the clocks count.</param>
/// <param name="FirstResponse">Open time allowed until the first agent reply; null when the policy sets none.</param>
/// <param name="Resolution">Open time allowed until resolution; null when the policy sets none.</param>
/// <param name="Escalations">Steps in file order; each follows a target the policy sets.</param>
public sealed record SlaPolicy(
    string Name,
    Expression? When,
    BusinessCalendar Calendar,
    Duration? FirstResponse,
    Duration? Resolution,
    IReadOnlyList<EscalationStep> Escalations)
{
    /// <summary>The name of the fallback policy.</summary>
    public const string DefaultName = "default";

    /// <summary>True for the fallback policy.</summary>
    public bool IsDefault => When is null;

    /// <summary>The open time allowed for <paramref name="target"/>; null when the policy sets none.</summary>
    public Duration? TargetOf(SlaTarget target) => target == SlaTarget.FirstResponse ? FirstResponse : Resolution;
}
