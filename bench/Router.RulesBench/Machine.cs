using System.Runtime;
using System.Runtime.InteropServices;
using StackExchange.Redis;

namespace Router.RulesBench;

/// <summary>What the figures were measured on, printed first so a pasted result always carries it.</summary>
internal static class Machine
{
    public static string Describe() =>
        $"machine: {Environment.ProcessorCount} cores, {Line("/proc/cpuinfo", "model name") ?? "unknown CPU"}, "
        + $"MemTotal {Line("/proc/meminfo", "MemTotal") ?? "unknown"}, {RuntimeInformation.OSDescription}\n"
        + $"runtime: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; {Load()}";

    /// <summary>The load average, which says how much the 2 cores were shared with other work during the run.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? $"load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "load average unknown";

    public static async Task<string> DescribeAsync(IServer redis)
    {
        var fsync = (await redis.ConfigGetAsync("appendfsync")).FirstOrDefault().Value ?? "?";
        var aof = (await redis.ConfigGetAsync("appendonly")).FirstOrDefault().Value ?? "?";
        return $"redis {redis.Version} at {redis.EndPoint}, appendonly={aof} appendfsync={fsync}";
    }

    private static string? Line(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
