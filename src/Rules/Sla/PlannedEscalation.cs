using NodaTime;

namespace Router.Rules.Sla;

/// <summary>An escalation step with the instant it fires.</summary>
/// <param name="Step">The step.</param>
/// <param name="FiresAfter">The open time on its target's clock at which it fires.</param>
/// <param name="FireAt">When it fires; the planning instant when its clock had already passed <paramref name="FiresAfter"/>.</param>
/// <param name="AlreadyDue">True when its clock had already passed <paramref name="FiresAfter"/> when the plan was made: it fires at once, unless it fired before.</param>
public sealed record PlannedEscalation(EscalationStep Step, Duration FiresAfter, Instant FireAt, bool AlreadyDue);
