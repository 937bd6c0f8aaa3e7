using System.Diagnostics;
using System.Globalization;

namespace Router.RulesBench;

/// <summary>
/// How many cores other processes kept busy while a measurement ran (from <c>/proc/stat</c>, minus this process).
/// On a shared 2-core machine that says how far a figure can be trusted; 0 when /proc is unavailable.
/// </summary>
internal sealed class OtherLoad
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux
    private readonly double busyStart = BusySeconds();
    private readonly TimeSpan selfStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long clockStart = Stopwatch.GetTimestamp();

    /// <summary>Cores used by other processes, on average, since this object was made.</summary>
    public double Cores()
    {
        var wall = Stopwatch.GetElapsedTime(clockStart).TotalSeconds;
        var self = (Process.GetCurrentProcess().TotalProcessorTime - selfStart).TotalSeconds;
        return Math.Max(0, (BusySeconds() - busyStart - self) / wall);
    }

    private static double BusySeconds()
    {
        if (!File.Exists("/proc/stat"))
        {
            return 0;
        }

        // cpu  user nice system idle iowait irq softirq steal ...: everything but idle and iowait is busy.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (fields.Take(8).Sum() - fields[3] - fields[4]) / TicksPerSecond;
    }
}
