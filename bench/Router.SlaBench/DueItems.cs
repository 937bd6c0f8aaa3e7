namespace Router.SlaBench;

/// <summary>
/// Items whose first-response steps and breach are all due: made by the router's intake script with the plan the
/// router makes, on a clock set <see cref="Age"/> back. So <c>sla_fire</c> does its real work on them: claims,
/// history, events, raise-priority, notify, move, breach.
/// </summary>
internal sealed class DueItems(SlaWorkspace workspace, BenchPolicy policy)
{
    /// <summary>How long ago the items arrive: longer than the first-response target, shorter than resolution.</summary>
    public static readonly TimeSpan Age = TimeSpan.FromMinutes(1);

    private readonly ShiftedTimeProvider past = new(-Age);

    /// <summary>Due events (steps and breaches) of each item, all behind its one member of <c>sla:due</c>.</summary>
    public int EventsPerItem => policy.DueEvents(DateTimeOffset.UtcNow - Age, DateTimeOffset.UtcNow);

    public Task CreateAsync(int count) => PlannedItems.CreateAsync(workspace, policy, past, count);
}
