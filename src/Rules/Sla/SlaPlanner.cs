using NodaTime;

namespace Router.Rules.Sla;

/// <summary>Plans an item's SLA clocks on its policy's calendar.</summary>
public static class SlaPlanner
{
    /// <summary>
    /// Plans from <paramref name="start"/> (an item's arrival, or the moment of a re-plan) when the clocks have already
    /// counted the given open time: a target is due once its remaining open time has passed on the calendar, a step once
    /// the rest of its <see cref="EscalationStep.FiresAfter"/> has. Positions already passed are due at
    /// <paramref name="start"/>. Re-planning after a policy change with the elapsed open time keeps it: the new target
    /// is due at <c>start + (newTarget - elapsed)</c> of open time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An elapsed time is negative.</exception>
    public static SlaPlan Plan(SlaPolicy policy, Instant start, Duration elapsedFirstResponse, Duration elapsedResolution)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(elapsedFirstResponse, Duration.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(elapsedResolution, Duration.Zero);

        Duration Elapsed(SlaTarget target) => target == SlaTarget.FirstResponse ? elapsedFirstResponse : elapsedResolution;
        Instant At(Duration position, Duration elapsed) => position > elapsed ? policy.Calendar.AddOpenTime(start, position - elapsed) : start;
        SlaDue? Due(Duration? target, Duration elapsed) => target is { } length ? new SlaDue(length, elapsed, At(length, elapsed)) : null;

        var steps = policy.Escalations
            .Select(step =>
            {
                var elapsed = Elapsed(step.Of);
                var position = step.FiresAfter(policy.TargetOf(step.Of) ?? throw new InvalidOperationException($"Step {step.Id} follows a target its policy does not set."));
                return new PlannedEscalation(step, position, At(position, elapsed), position <= elapsed);
            })
            .OrderBy(planned => planned.FireAt)
            .ToList();
        return new SlaPlan(policy.Name, start, Due(policy.FirstResponse, elapsedFirstResponse), Due(policy.Resolution, elapsedResolution), steps);
    }
}
