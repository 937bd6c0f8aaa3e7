using System.Globalization;
using StackExchange.Redis;

namespace Router.RulesBench;

/// <summary>
/// Redis's <c>INFO commandstats</c> between two points: which commands the upserts' Lua script ran, how many per
/// upsert, and how much of the server's time the scripts took (EVAL/EVALSHA time includes the commands inside).
/// </summary>
internal sealed class CommandStats
{
    private readonly IServer server;
    private readonly Dictionary<string, (long Calls, long Micros)> start;

    private CommandStats(IServer server, Dictionary<string, (long Calls, long Micros)> start)
    {
        this.server = server;
        this.start = start;
    }

    public static async Task<CommandStats> StartAsync(IServer server) => new(server, await ReadAsync(server));

    /// <summary>e.g. <c>scripts 180 µs/upsert in Redis; 74 commands/upsert: zadd 60, hset 3, ...</c></summary>
    public async Task<string> DescribeAsync(int upserts)
    {
        var end = await ReadAsync(server);
        var delta = end.ToDictionary(e => e.Key, e => (Calls: e.Value.Calls - start.GetValueOrDefault(e.Key).Calls, Micros: e.Value.Micros - start.GetValueOrDefault(e.Key).Micros));
        var scripts = delta.Where(d => d.Key is "eval" or "evalsha").ToArray();
        var inner = delta.Where(d => d.Key is not ("eval" or "evalsha" or "info" or "config|get") && d.Value.Calls > 0).OrderByDescending(d => d.Value.Calls).ToArray();
        var top = string.Join(", ", inner.Take(6).Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {d.Value.Calls / (double)upserts:F1}")));
        return string.Create(CultureInfo.InvariantCulture, $"Redis time in scripts {scripts.Sum(s => s.Value.Micros) / (double)upserts:F0} µs/upsert ")
            + $"({string.Join(" + ", scripts.Where(s => s.Value.Calls > 0).Select(s => $"{s.Value.Calls:N0} {s.Key}"))}); "
            + string.Create(CultureInfo.InvariantCulture, $"{inner.Sum(d => d.Value.Calls) / (double)upserts:F1} commands/upsert inside them: {top}");
    }

    private static async Task<Dictionary<string, (long Calls, long Micros)>> ReadAsync(IServer server)
    {
        // cmdstat_zadd: calls=123,usec=456,usec_per_call=3.71,rejected_calls=0,failed_calls=0
        var stats = new Dictionary<string, (long Calls, long Micros)>(StringComparer.Ordinal);
        foreach (var (key, value) in (await server.InfoAsync("commandstats")).SelectMany(g => g))
        {
            var fields = value.Split(',').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
            stats[key.Replace("cmdstat_", "", StringComparison.Ordinal)] =
                (long.Parse(fields["calls"], CultureInfo.InvariantCulture), long.Parse(fields["usec"], CultureInfo.InvariantCulture));
        }

        return stats;
    }
}
