using System.Globalization;

namespace Router.SlaBench;

/// <summary>The figures as Markdown tables, ready for docs/performance.md.</summary>
internal static class Summary
{
    public static void Print(IReadOnlyList<TickFigures> ticks, BurstFigures? burst, IReadOnlyList<LatenessFigures> lateness)
    {
        if (ticks.Count > 0)
        {
            Console.WriteLine("| pending timers | idle tick round trip p50 / p99 / max (µs) | idle tick in Redis (µs/call) | tick firing K: round trip p50 / max (ms) | in Redis per fired event (µs) | AOF rewrite |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var t in ticks)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {t.Pending:N0} | {t.IdleMicros.P50:F0} / {t.IdleMicros.P99:F0} / {t.IdleMicros.Max:F0} | {t.IdleServerMicros:F1} | K={t.Due}: {t.DueMillis.P50:F1} / {t.DueMillis.Max:F1} | {t.DueServerMicrosPerEvent:F1} | {YesNo(t.AofRewrite)} |"));
            }

            Console.WriteLine();
        }

        if (burst is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Burst: {burst.Events:N0} events due at the same instant ({burst.Pending - burst.Events:N0} other timers pending) drained in {burst.Calls} calls, {burst.Drain.TotalMilliseconds:F0} ms ({burst.EventsPerSecond:N0} events/s; in Redis {burst.ServerMicrosPerEvent:F1} µs/event; AOF rewrite during: {YesNo(burst.AofRewrite)})."));
            Console.WriteLine();
        }

        if (lateness.Count > 0)
        {
            Console.WriteLine("| items | pending timers | fired / expected | missed | duplicates | early | step lateness p50 / p99 / max (ms) | breach lateness p50 / p99 / max (ms) | router's sla_fire calls ≥ 1 ms in Redis: count, max (ms) | AOF rewrite |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var l in lateness)
            {
                var (s, b, f) = (l.Fired.StepLateness, l.Fired.BreachLateness, l.Fired);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {l.Items} | {l.Pending:N0} | {f.Fired:N0} / {f.Expected:N0} | {f.Missed} | {f.Duplicates} | {f.Early} | {s.P50:F0} / {s.P99:F0} / {s.Max:F0} | {b.P50:F0} / {b.P99:F0} / {b.Max:F0} | {l.SlowTicks.Count:N0}, {(l.SlowTicks.Count == 0 ? 0 : l.SlowTicks.Max / 1000):F1} | {YesNo(l.AofRewrite)} |"));
            }
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}
