using Router.Redis;

namespace Router.Sla;

/// <summary>An item's SLA as the API shows it: the policy, each clock, and the last escalation step that fired.</summary>
public sealed record SlaView(string Policy, SlaClockView? FirstResponse, SlaClockView? Resolution, string? CurrentStep, int? WidenedToTarget)
{
    internal static SlaView? From(IReadOnlyDictionary<string, string> item)
    {
        if (!item.TryGetValue("sla", out var policy))
        {
            return null;
        }

        return new SlaView(
            policy,
            SlaClockView.From(item, "fr"),
            SlaClockView.From(item, "res"),
            item.GetValueOrDefault("slaStep"),
            int.TryParse(item.GetValueOrDefault("stepFloor"), out var floor) ? floor : null);
    }
}

/// <summary>One SLA clock: its target in open time, when it is due, and whether it stopped or was breached.</summary>
public sealed record SlaClockView(double TargetSeconds, DateTimeOffset DueAt, DateTimeOffset? StoppedAt, DateTimeOffset? BreachedAt)
{
    /// <summary>True once the due time passed with the clock still running.</summary>
    public bool Breached => BreachedAt is not null;

    internal static SlaClockView? From(IReadOnlyDictionary<string, string> item, string clock) =>
        item.TryGetValue(clock + "Target", out var target) && target.Length > 0
            ? new SlaClockView(
                double.Parse(target, System.Globalization.CultureInfo.InvariantCulture) / 1000,
                TimeExtensions.FromUnixMilliseconds(item[clock + "Due"])!.Value,
                TimeExtensions.FromUnixMilliseconds(item.GetValueOrDefault(clock + "StoppedAt")),
                TimeExtensions.FromUnixMilliseconds(item.GetValueOrDefault(clock + "Breached")))
            : null;
}
