using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Router.RulesBench;

/// <summary>
/// CPU used by the Redis server, by this process and by everything else over a stretch of wall time: when Redis's
/// share nears 1 its single thread is the limit; when both are low the time goes to round trips and fsyncs.
/// </summary>
internal sealed class RedisCpu
{
    private readonly IServer server;
    private readonly OtherLoad others = new();
    private readonly TimeSpan selfStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long clockStart = Stopwatch.GetTimestamp();
    private double redisStart;

    private RedisCpu(IServer server) => this.server = server;

    public static async Task<RedisCpu> StartAsync(IServer server)
    {
        var meter = new RedisCpu(server);
        meter.redisStart = await meter.RedisSecondsAsync();
        return meter;
    }

    /// <summary>Wall time, and the CPU of Redis, of this process and of other processes (in cores, on average).</summary>
    public async Task<(TimeSpan Wall, double Redis, double Self, double Others)> StopAsync()
    {
        var wall = Stopwatch.GetElapsedTime(clockStart);
        var redis = (await RedisSecondsAsync() - redisStart) / wall.TotalSeconds;
        var self = (Process.GetCurrentProcess().TotalProcessorTime - selfStart).TotalSeconds / wall.TotalSeconds;
        return (wall, redis, self, Math.Max(0, others.Cores() - redis));
    }

    private async Task<double> RedisSecondsAsync()
    {
        var cpu = (await server.InfoAsync("cpu")).SelectMany(g => g).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return Seconds(cpu, "used_cpu_sys") + Seconds(cpu, "used_cpu_user");
    }

    private static double Seconds(Dictionary<string, string> info, string field) =>
        info.TryGetValue(field, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : 0;
}
