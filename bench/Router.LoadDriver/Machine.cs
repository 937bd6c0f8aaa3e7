using System.Runtime.InteropServices;
using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>What the figures were measured on, printed first so a pasted result always carries it.</summary>
internal static class Machine
{
    public static async Task<string> DescribeAsync(IServer redis)
    {
        var cpu = Line("/proc/cpuinfo", "model name") ?? "unknown CPU";
        var memory = Line("/proc/meminfo", "MemTotal") ?? "unknown";
        var fsync = (await redis.ConfigGetAsync("appendfsync")).FirstOrDefault().Value ?? "?";
        var aof = (await redis.ConfigGetAsync("appendonly")).FirstOrDefault().Value ?? "?";
        var rewrite = (await redis.ConfigGetAsync("auto-aof-rewrite-percentage")).FirstOrDefault().Value ?? "?";
        return $"machine: {Environment.ProcessorCount} cores, {cpu}, MemTotal {memory}, {RuntimeInformation.OSDescription}\n"
            + $"runtime: {RuntimeInformation.FrameworkDescription}; redis {redis.Version} at {redis.EndPoint} appendonly={aof} appendfsync={fsync} auto-aof-rewrite-percentage={rewrite}";
    }

    private static string? Line(string file, string key) =>
        File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
}
