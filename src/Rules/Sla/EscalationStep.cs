using System.Globalization;
using NodaTime;

namespace Router.Rules.Sla;

/// <summary>
/// A compiled escalation step: fires once when the clock of <paramref name="Of"/> has counted
/// <see cref="FiresAfter"/> of open time. Exactly one of <paramref name="Fraction"/> and <paramref name="Offset"/> is set.
/// </summary>
/// <param name="Id">Stable while the file keeps the step in place: <c>policy/index</c>, such as <c>vip/2</c>.</param>
/// <param name="Of">The target whose clock the step follows.</param>
/// <param name="Fraction">A share of the target: 0.5 for <c>50%</c>, 1.5 for <c>150%</c> (after breach).</param>
/// <param name="Offset">Open time after the target's due time: negative before breach, zero at breach.</param>
/// <param name="Action">What the step does.</param>
public sealed record EscalationStep(string Id, SlaTarget Of, decimal? Fraction, Duration? Offset, EscalationAction Action)
{
    /// <summary>The open time since the clock started at which the step fires, for a target of <paramref name="target"/>.</summary>
    public Duration FiresAfter(Duration target) => FiresAfter(target, Fraction, Offset);

    // A share is clamped to about 292 years, so the compiler can report an absurd step instead of overflowing.
    internal static Duration FiresAfter(Duration target, decimal? fraction, Duration? offset) => fraction is { } share
        ? Duration.FromNanoseconds((long)decimal.Min(decimal.Round(target.ToInt64Nanoseconds() * share), long.MaxValue))
        : target + (offset ?? Duration.Zero);

    /// <summary>The step as written: <c>50% of firstResponse: raise-priority</c>.</summary>
    public override string ToString()
    {
        var at = Fraction is { } fraction
            ? (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"
            : (Offset < Duration.Zero ? "-" : "+") + SlaDurations.Format(Duration.FromNanoseconds(Math.Abs((Offset ?? Duration.Zero).ToInt64Nanoseconds())));
        var of = Of == SlaTarget.FirstResponse ? "firstResponse" : "resolution";
        return $"{Id}: {at} of {of}: {Action.Name}";
    }
}
