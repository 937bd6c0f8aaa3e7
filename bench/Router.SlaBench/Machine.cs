using System.Runtime.InteropServices;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>What the figures were measured on, printed first so a pasted result always carries it.</summary>
internal static class Machine
{
    public static async Task<string> DescribeAsync(IServer redis)
    {
        var fsync = (await redis.ConfigGetAsync("appendfsync")).FirstOrDefault().Value ?? "?";
        var aof = (await redis.ConfigGetAsync("appendonly")).FirstOrDefault().Value ?? "?";
        var rewrite = (await redis.ConfigGetAsync("auto-aof-rewrite-percentage")).FirstOrDefault().Value ?? "?";
        return $"machine: {Environment.ProcessorCount} cores, {Line("/proc/cpuinfo", "model name") ?? "unknown CPU"}, "
            + $"MemTotal {Line("/proc/meminfo", "MemTotal") ?? "unknown"}, {RuntimeInformation.OSDescription}\n"
            + $"runtime: {RuntimeInformation.FrameworkDescription}; redis {redis.Version} at {redis.EndPoint} appendonly={aof} appendfsync={fsync} auto-aof-rewrite-percentage={rewrite}\n"
            + Load();
    }

    /// <summary>The load average: how much the cores were shared with other work (other engineers' runs included).</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? $"load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "load average unknown";

    private static string? Line(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
