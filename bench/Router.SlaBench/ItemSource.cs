using Router.Bench;
namespace Router.SlaBench;

/// <summary>How a lateness run brings its items in, and when the last of their steps and breaches is due.</summary>
internal abstract class ItemSource
{
    /// <summary>For the report: <c>2,000 via POST over 4 s</c>.</summary>
    public abstract string Name { get; }

    public abstract Task<(string[] Ids, DateTimeOffset LastDue)> CreateAsync(RouterProcess router, SlaWorkspace workspace, BenchPolicy policy);
}
