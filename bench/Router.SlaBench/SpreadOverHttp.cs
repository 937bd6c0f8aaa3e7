using Router.Bench;
using System.Diagnostics;

namespace Router.SlaBench;

/// <summary>Items sent to <c>POST /v1/items</c> evenly over a few seconds: a steady arrival, steps spread in time.</summary>
internal sealed class SpreadOverHttp(int count, TimeSpan spread, int concurrency) : ItemSource
{
    public override string Name => $"{count:N0} via POST over {spread.TotalSeconds:F0} s";

    public override async Task<(string[] Ids, DateTimeOffset LastDue)> CreateAsync(RouterProcess router, SlaWorkspace workspace, BenchPolicy policy)
    {
        using var client = new ItemsClient(router.BaseAddress, concurrency);
        var sent = Stopwatch.StartNew();
        var ids = await client.CreateSpreadAsync(count, spread);
        Console.WriteLine($"  {ids.Length:N0} items created through POST /v1/items in {sent.Elapsed.TotalSeconds:F1} s; waiting for their steps");
        return (ids, DateTimeOffset.UtcNow + policy.Target.ToTimeSpan());
    }
}
