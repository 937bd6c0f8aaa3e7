using System.Globalization;

namespace Router.LoadDriver;

/// <summary>
/// CPU time of the router's background JIT thread (".NET Tiered Compilation", which recompiles hot methods optimised
/// once they have run often enough), read from /proc. The thread exits when it has had nothing to do for a while.
/// </summary>
internal static class JitActivity
{
    private static readonly double TicksPerSecond = 100; // USER_HZ; Linux reports /proc times in 1/100 s

    /// <summary>CPU seconds used so far by each of the process's tiered-compilation threads, by thread id.</summary>
    public static Dictionary<string, double> Threads(int pid)
    {
        var threads = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal))
                {
                    continue;
                }

                // stat: "tid (comm) state ..."; comm may hold spaces, so count the fields after the closing parenthesis.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                threads[Path.GetFileName(task)] =
                    (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                // the thread ended between listing and reading
            }
        }

        return threads;
    }

    /// <summary>CPU seconds the JIT threads used since <paramref name="before"/> (a thread that ended since is not counted).</summary>
    public static double BusySince(int pid, Dictionary<string, double> before) =>
        Threads(pid).Sum(t => t.Value - before.GetValueOrDefault(t.Key));
}
