using System.Diagnostics;
using System.Globalization;

namespace Router.FaultTests;

/// <summary>
/// Strikes the faults one after another while the stream flows, and keeps, per fault, when it struck and what the
/// sources went through from then until the next fault (retried sends per source, 503 answers).
/// </summary>
internal sealed class FaultTimeline(FaultLedger ledger, int items, IReadOnlyList<IFaultSource> sources, Action<string> log)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Name, int At, int Back, TimeSpan Took, bool MidStream)> struck = [];

    /// <summary>
    /// True when, as each fault was over, the sources it hit still had messages to send: each struck a flowing stream
    /// and traffic went on through the recovered servers.
    /// </summary>
    public bool AllMidStream => struck.All(f => f.MidStream);

    /// <summary>
    /// Waits until <paramref name="acknowledged"/> messages are in (or 3/4 of the stream), then runs the fault, which
    /// hits the sources named (all when none are).
    /// </summary>
    public async Task StrikeAsync(string name, int acknowledged, Func<Task> fault, params string[] hits)
    {
        while (ledger.Acknowledged.Count < Math.Min(acknowledged, items * 3 / 4))
        {
            await Task.Delay(20);
        }

        var at = ledger.Acknowledged.Count;
        ledger.Phase = name;
        Log($"{at} acknowledged: {name}");
        var started = clock.Elapsed;
        await fault();
        var hit = hits.Length > 0 ? hits : sources.Select(s => s.Name).ToArray();
        var flowing = hit.All(h => ledger.Acknowledged.Values.Count(v => v == h) < items / sources.Count);
        struck.Add((name, at, ledger.Acknowledged.Count, clock.Elapsed - started, flowing));
        Log($"{ledger.Acknowledged.Count} acknowledged: {name} is over");
    }

    public void Log(string line) => log($"{clock.Elapsed:mm\\:ss\\.f} {line}");

    /// <summary>One line per fault, for the console.</summary>
    public IEnumerable<string> Summary() => struck.Select(f =>
    {
        var retries = ledger.RetriesDuring(f.Name);
        var perSource = retries.Count == 0 ? "none" : string.Join(", ", retries.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"fault '{f.Name}': struck at {f.At} acknowledged, over after {f.Took.TotalSeconds:0.0} s at {f.Back}; until the next fault: " +
            $"sends retried {retries.Values.Sum()} ({perSource}), answers 503 {ledger.UnavailableDuring(f.Name)}");
    });
}
