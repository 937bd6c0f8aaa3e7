using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>
/// Where the machine's time went during a phase: CPU of the router, Redis and this driver (100 % = one core), and
/// Redis's own account of its script calls (<c>INFO commandstats</c>: eval + evalsha) and of the commands they made.
/// </summary>
internal sealed class ResourceMeter
{
    private readonly IServer redis;
    private readonly int routerPid;
    private readonly Snapshot start;

    private ResourceMeter(IServer redis, int routerPid, Snapshot start)
    {
        this.redis = redis;
        this.routerPid = routerPid;
        this.start = start;
    }

    /// <summary>Waits for a running save or AOF rewrite to end (it slows every fsync), then starts measuring.</summary>
    public static async Task<ResourceMeter> StartAsync(IServer redis, int routerPid)
    {
        await RedisChildProcess.WaitEndedAsync(redis, "before measuring");
        await redis.LatencyResetAsync();
        return new(redis, routerPid, await TakeAsync(redis, routerPid));
    }

    /// <summary>One line: CPU shares, script calls, µs per call and the share of wall time Redis spent in scripts.</summary>
    /// <param name="per">What to divide script time by (offers, items), and its name.</param>
    public async Task<string> StopAsync((long Count, string Name)? per = null)
    {
        var end = await TakeAsync(redis, routerPid);
        var wall = (end.Wall - start.Wall).TotalSeconds;
        string Share(TimeSpan a, TimeSpan b) => $"{(a - b).TotalSeconds / wall * 100:F0}%";
        var calls = end.ScriptCalls - start.ScriptCalls;
        var usec = end.ScriptUsec - start.ScriptUsec;
        var line = $"cpu router={Share(end.Router, start.Router)} redis={Share(end.Redis, start.Redis)} driver={Share(end.Driver, start.Driver)}"
            + $" | redis scripts calls={calls} usec/call={(calls == 0 ? 0 : usec / (double)calls):F0} busy={usec / 1e4 / wall:F0}%";
        if (per is { Count: > 0 } p)
        {
            line += $" script-usec/{p.Name}={usec / (double)p.Count:F0}";
            if (start.RedisPageFaults is { } before && end.RedisPageFaults is { } after)
            {
                // Pages Redis touched for the first time (kernel-zeroed): its heap growing into memory it never used.
                line += $" page-faults/{p.Name}={(after - before) / (double)p.Count:F1}";
            }

            line += CommandsPer(end, p.Count, p.Name);
        }

        var rewrites = end.AofRewrites - start.AofRewrites;
        return line + (rewrites > 0 ? $" | aof-rewrites={rewrites}" : "") + await LatencyEventsAsync()
            + KeyTable.DuringPhase(start.Keys, end.Keys);
    }

    // The commands that took most of Redis's time, per unit of work: how many a unit made and how long each took.
    // Redis counts the commands a script runs under their own names too, so this splits the script time; it is where a
    // structure that grows with the backlog (a sorted set's skiplist, a set's table) shows its cost.
    private string CommandsPer(Snapshot end, long count, string name)
    {
        var top = end.Commands.Select(c => (c.Key, Calls: c.Value.Calls - start.Commands.GetValueOrDefault(c.Key).Calls,
                Usec: c.Value.Usec - start.Commands.GetValueOrDefault(c.Key).Usec))
            .Where(c => c.Calls > 0 && c.Key is not ("eval" or "evalsha"))
            .OrderByDescending(c => c.Usec)
            .Take(6)
            .Select(c => $"{c.Key} {c.Calls / (double)count:F1}×{c.Usec / (double)c.Calls:F1}µs");
        return $" | commands/{name}: " + string.Join(' ', top);
    }

    private static async Task<Snapshot> TakeAsync(IServer redis, int routerPid)
    {
        var info = (await redis.InfoAsync("all")).SelectMany(g => g).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        long Field(string stats, string field) =>
            long.Parse(stats.Split(',').First(p => p.StartsWith(field + "=", StringComparison.Ordinal))[(field.Length + 1)..], CultureInfo.InvariantCulture);
        var commands = info.Where(e => e.Key.StartsWith("cmdstat_", StringComparison.Ordinal))
            .ToDictionary(e => e.Key["cmdstat_".Length..], e => (Calls: Field(e.Value, "calls"), Usec: Field(e.Value, "usec")), StringComparer.Ordinal);
        double Seconds(string name) => double.Parse(info[name], CultureInfo.InvariantCulture);
        return new Snapshot(
            Stopwatch.GetElapsedTime(0),
            Cpu(routerPid),
            TimeSpan.FromSeconds(Seconds("used_cpu_user") + Seconds("used_cpu_sys")),
            Process.GetCurrentProcess().TotalProcessorTime,
            long.Parse(info.GetValueOrDefault("aof_rewrites", "0"), CultureInfo.InvariantCulture),
            await KeyTable.ReadAsync(redis),
            IsLocal(redis.EndPoint) ? MinorFaults(info.GetValueOrDefault("process_id")) : null,
            commands);
    }

    // Redis's latency monitor (on when latency-monitor-threshold > 0; bench/run.sh sets 1 ms): the worst stall of
    // each kind since the phase began, e.g. aof-fsync-always = an fsync that held the event loop.
    private async Task<string> LatencyEventsAsync()
    {
        var events = await redis.LatencyLatestAsync();
        return events.Length == 0 ? "" : " | redis stalls max: " + string.Join(' ', events.Select(e => $"{e.EventName}={e.MaxDurationMilliseconds}ms"));
    }

    private static bool IsLocal(System.Net.EndPoint endpoint) => endpoint switch
    {
        System.Net.IPEndPoint ip => System.Net.IPAddress.IsLoopback(ip.Address),
        System.Net.DnsEndPoint dns => dns.Host == "localhost",
        _ => false,
    };

    // Field 10 of /proc/PID/stat (after the parenthesised command name); null when Redis runs elsewhere.
    private static long? MinorFaults(string? pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[7], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeSpan Cpu(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    private sealed record Snapshot(
        TimeSpan Wall, TimeSpan Router, TimeSpan Redis, TimeSpan Driver, long AofRewrites, KeyTable? Keys, long? RedisPageFaults,
        Dictionary<string, (long Calls, long Usec)> Commands)
    {
        /// <summary>The script calls (eval + evalsha) so far, and Redis's time in them.</summary>
        public long ScriptCalls => Commands.GetValueOrDefault("eval").Calls + Commands.GetValueOrDefault("evalsha").Calls;

        public long ScriptUsec => Commands.GetValueOrDefault("eval").Usec + Commands.GetValueOrDefault("evalsha").Usec;
    }
}
