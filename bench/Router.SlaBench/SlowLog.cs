using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>
/// Redis's slow log, set while the router runs to catch its heavy ticks: the router's <c>sla_fire</c> calls are the
/// EVALSHAs whose only key is <c>sla:due</c>. The threshold is 1 ms, not 0: Redis 7 also logs every command a script
/// runs, so logging everything would slow the very ticks being measured (and overflow the log). Idle ticks (about
/// 10 µs) are measured in the tick-cost phase instead. Disposing puts the settings back.
/// </summary>
internal sealed class SlowLog : IAsyncDisposable
{
    public const int ThresholdMicros = 1000;
    private const int Capacity = 100_000;
    private readonly IServer server;
    private readonly string threshold;
    private readonly string length;

    private SlowLog(IServer server, string threshold, string length)
    {
        this.server = server;
        this.threshold = threshold;
        this.length = length;
    }

    public static async Task<SlowLog> StartAsync(IServer server)
    {
        var threshold = (await server.ConfigGetAsync("slowlog-log-slower-than")).Single().Value;
        var length = (await server.ConfigGetAsync("slowlog-max-len")).Single().Value;
        await server.ConfigSetAsync("slowlog-max-len", Capacity);
        await server.ConfigSetAsync("slowlog-log-slower-than", ThresholdMicros);
        await server.SlowlogResetAsync();
        return new SlowLog(server, threshold, length);
    }

    /// <summary>The server time, µs, of every <c>sla_fire</c> EVALSHA that took <see cref="ThresholdMicros"/> or more.</summary>
    public async Task<Distribution> SlowTicksAsync(RedisKey slaDue) => Distribution.Of((await server.SlowlogGetAsync(Capacity))
        .Where(t => t.Arguments.Length > 3 && t.Arguments[0].ToString().Equals("EVALSHA", StringComparison.OrdinalIgnoreCase)
            && t.Arguments[2] == 1 && t.Arguments[3] == slaDue.ToString())
        .Select(t => t.Duration.TotalMicroseconds));

    public async ValueTask DisposeAsync()
    {
        await server.ConfigSetAsync("slowlog-log-slower-than", threshold);
        await server.ConfigSetAsync("slowlog-max-len", length);
        await server.SlowlogResetAsync();
    }
}
