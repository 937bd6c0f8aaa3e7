using NodaTime;

namespace Router.Rules.Sla;

/// <summary>The due instants of an item's SLA clocks and escalation steps, as planned at <paramref name="PlannedAt"/>.</summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="PlannedAt">The instant the plan counts from.</param>
/// <param name="FirstResponse">The first-response clock; null when the policy sets no such target.</param>
/// <param name="Resolution">The resolution clock; null when the policy sets no such target.</param>
/// <param name="Escalations">Every step of the policy, by fire time (file order among equal times).</param>
public sealed record SlaPlan(
    string Policy, Instant PlannedAt, SlaDue? FirstResponse, SlaDue? Resolution, IReadOnlyList<PlannedEscalation> Escalations);
