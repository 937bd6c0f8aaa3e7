using System.Diagnostics;
using System.Globalization;

namespace Router.FaultTests;

/// <summary>
/// Strikes the faults one after another while the stream flows, and keeps, per fault, when it struck and what the
/// sources went through from then until the next fault (retried sends per source, 503 answers).
/// </summary>
internal sealed class FaultTimeline(FaultLedger ledger, int items, Action<string> log)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Name, int At, int Back, TimeSpan Took)> struck = [];

    /// <summary>True when every fault was over before the stream ended, so each one hit a flowing stream.</summary>
    public bool AllMidStream => struck.All(f => f.Back < items);

    /// <summary>Waits until <paramref name="acknowledged"/> messages are in (or 3/4 of the stream), then runs the fault.</summary>
    public async Task StrikeAsync(string name, int acknowledged, Func<Task> fault)
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
        struck.Add((name, at, ledger.Acknowledged.Count, clock.Elapsed - started));
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
