using System.Globalization;
using System.Text.Json.Nodes;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>What fired for a set of items, against their plans.</summary>
/// <param name="Expected">First-response steps and breaches planned (items × (steps + 1)).</param>
/// <param name="Fired">Of those, how many are in their item's history at least once.</param>
/// <param name="Duplicates">History entries beyond the first for the same step or breach: must be 0.</param>
/// <param name="Early">Steps whose history time is before their planned time: must be 0.</param>
/// <param name="StepLateness">History time minus planned time of the escalation steps, ms.</param>
/// <param name="BreachLateness">The same for the first-response breaches.</param>
/// <param name="ByStep">Lateness by step id (<c>!</c> for the breach), ms.</param>
/// <param name="PlanToCreatedMs">createdAt minus the plan's start, largest seen: a few ms when the router plans, then runs intake; negative for aligned items, whose clocks start after they arrive.</param>
internal sealed record FiredFigures(
    int Items, int Expected, int Fired, int Duplicates, int Early, Distribution StepLateness, Distribution BreachLateness,
    IReadOnlyDictionary<string, Distribution> ByStep, double PlanToCreatedMs)
{
    public int Missed => Expected - Fired;
}

/// <summary>
/// Reads items straight from Redis (hash fields <c>createdAt</c>, <c>frDue</c>, <c>frTarget</c>; the history list of
/// JSON entries with <c>at</c> in Unix ms) and lines up each <c>escalated</c> / <c>sla.breached</c> entry with the time
/// its plan gave it. On the 24/7 calendar the plan started at <c>frDue − frTarget</c>, and a step at fraction f was due at
/// <c>start + f × target</c>, exactly as <c>SlaPlanner</c> computed it. The history's <c>at</c> is the <c>now</c> the router
/// passed to <c>sla_fire</c>: when the tick started its call, a few ms before the effect was written.
/// </summary>
internal static class FiredSteps
{
    private const string Breach = "!";

    public static async Task<FiredFigures> ReadAsync(SlaWorkspace workspace, BenchPolicy policy, IReadOnlyList<string> ids)
    {
        var db = workspace.Db;
        var hashes = ids.Select(id => db.HashGetAsync(workspace.Keys.Item(id), ["createdAt", "frDue", "frTarget"])).ToArray();
        var histories = ids.Select(id => db.ListRangeAsync(workspace.Keys.ItemHistory(id))).ToArray();
        await Task.WhenAll(hashes);
        await Task.WhenAll(histories);

        var byStep = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        int expected = 0, fired = 0, duplicates = 0, early = 0;
        var planToCreated = double.NegativeInfinity;
        for (var i = 0; i < ids.Count; i++)
        {
            var f = hashes[i].Result;
            if (f[1].IsNull || f[2].IsNull)
            {
                throw new InvalidOperationException($"Item {ids[i]} has no first-response clock: did the router load the bench's sla.json?");
            }

            var (due, target) = ((double)f[1], (double)f[2]);
            var start = due - target;
            planToCreated = Math.Max(planToCreated, (double)f[0] - start);
            var planned = policy.FirstResponseSteps.ToDictionary(s => s.Key, s => start + s.Value.FiresAfter(policy.Target).TotalMilliseconds, StringComparer.Ordinal);
            planned[Breach] = due;
            var seen = Seen(histories[i].Result);
            foreach (var (step, at) in planned)
            {
                expected++;
                if (!seen.TryGetValue(step, out var times))
                {
                    continue;
                }

                fired++;
                duplicates += times.Count - 1;
                var lateness = times.Min() - at;
                early += lateness < 0 ? 1 : 0;
                if (!byStep.TryGetValue(step, out var list))
                {
                    byStep[step] = list = [];
                }

                list.Add(lateness);
            }
        }

        var steps = Distribution.Of(byStep.Where(s => s.Key != Breach).SelectMany(s => s.Value));
        var breaches = Distribution.Of(byStep.GetValueOrDefault(Breach) ?? []);
        return new FiredFigures(ids.Count, expected, fired, duplicates, early, steps, breaches,
            byStep.ToDictionary(s => s.Key, s => Distribution.Of(s.Value), StringComparer.Ordinal), planToCreated);
    }

    /// <summary>Fire times by step id (<see cref="Breach"/> for the first-response breach).</summary>
    private static Dictionary<string, List<double>> Seen(RedisValue[] history)
    {
        var seen = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var entry in history.Select(e => JsonNode.Parse(e.ToString())!.AsObject()))
        {
            var type = (string?)entry["type"];
            var key = type switch
            {
                "escalated" => (string?)entry["step"],
                "sla.breached" when (string?)entry["target"] == "firstResponse" => Breach,
                _ => null,
            };
            if (key is not null)
            {
                var at = entry["at"]!.GetValue<double>();
                if (!seen.TryGetValue(key, out var times))
                {
                    seen[key] = times = [];
                }

                times.Add(at);
            }
        }

        return seen;
    }

    /// <summary>e.g. <c>6,000 of 6,000 steps fired, 0 missed, 0 duplicates, 0 early</c>.</summary>
    public static string Describe(FiredFigures f) => string.Create(
        CultureInfo.InvariantCulture,
        $"{f.Fired:N0} of {f.Expected:N0} fired ({f.Items:N0} items), missed {f.Missed}, duplicates {f.Duplicates}, early {f.Early}; createdAt − plan start ≤ {f.PlanToCreatedMs:F1} ms");
}
