using Router.Bench;
using System.Diagnostics;

namespace Router.SlaBench;

/// <summary>
/// Items whose clocks all start at the same instant a few seconds ahead, as every item that arrived overnight on a
/// business-hours calendar starts at the opening: each of their steps, and their breaches, then falls on one
/// millisecond for all of them. Made through the intake script (no HTTP) so that all are in before the first is due.
/// </summary>
internal sealed class AlignedBurst(int count) : ItemSource
{
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(5);

    public override string Name => $"{count:N0} aligned (burst)";

    public override async Task<(string[] Ids, DateTimeOffset LastDue)> CreateAsync(RouterProcess router, SlaWorkspace workspace, BenchPolicy policy)
    {
        var start = DateTimeOffset.UtcNow + Lead;
        var made = Stopwatch.StartNew();
        var ids = await PlannedItems.CreateAsync(workspace, policy, TimeProvider.System, count, start);
        var first = policy.FirstResponseSteps.Values.Min(s => s.FiresAfter(policy.Target)).ToTimeSpan();
        Console.WriteLine($"  {ids.Length:N0} items made through intake.lua in {made.Elapsed.TotalSeconds:F1} s, all clocks starting at +{Lead.TotalSeconds:F0} s: "
            + $"{ids.Length:N0} events due at once at +{(Lead + first).TotalSeconds:F1} s and at each later step; waiting for them");
        if (DateTimeOffset.UtcNow > start + first)
        {
            Console.WriteLine("  WARNING: making the items took longer than the lead: the first burst was fired while it grew.");
        }

        return (ids, start + policy.Target.ToTimeSpan());
    }
}
