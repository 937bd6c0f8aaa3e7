using Router.Channels;
using Router.Redis;
using StackExchange.Redis;

namespace Router.ChannelState;

/// <summary>
/// <see cref="IChannelState"/> on the workspace's Redis, under <c>router:{ws}:ch:</c>. Writes return once Redis has
/// them (AOF decides how durable that is); compare-and-set and leases are single Lua calls, so they hold across instances.
/// </summary>
internal sealed class RedisChannelState(IConnectionMultiplexer redis, RedisKeys keys) : IChannelState
{
    private const string CompareAndSetScript = """
        local current = redis.call('GET', KEYS[1])
        if (ARGV[1] == '0' and current) or (ARGV[1] == '1' and current ~= ARGV[2]) then return 0 end
        if ARGV[4] == '0' then redis.call('SET', KEYS[1], ARGV[3]) else redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4]) end
        return 1
        """;

    private const string IncrementScript = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    private const string LeaseScript = """
        local holder = redis.call('GET', KEYS[1])
        if holder and holder ~= ARGV[1] then return 0 end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
        return 0
        """;

    private IDatabase Db => redis.GetDatabase();

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        await Db.StringGetAsync(Key(key));

    public Task SetAsync(string key, string value, TimeSpan? ttl = null, CancellationToken cancellationToken = default) =>
        ttl is { } t ? Db.StringSetAsync(Key(key), value, t) : Db.StringSetAsync(Key(key), value);

    public async Task<bool> CompareAndSetAsync(
        string key, string? expected, string value, TimeSpan? ttl = null, CancellationToken cancellationToken = default) =>
        (int)await Db.ScriptEvaluateAsync(
            CompareAndSetScript, [Key(key)], [expected is null ? "0" : "1", expected ?? "", value, ttl is { } t ? Math.Max(1L, (long)t.TotalMilliseconds) : 0L]) == 1;

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => Db.KeyDeleteAsync(Key(key));

    public async Task<long> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) =>
        (long)await Db.ScriptEvaluateAsync(IncrementScript, [Key(key)], [(long)window.TotalMilliseconds]);

    public async Task<bool> TryAcquireLeaseAsync(string key, string owner, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        (int)await Db.ScriptEvaluateAsync(LeaseScript, [Key(key)], [owner, (long)ttl.TotalMilliseconds]) == 1;

    public Task ReleaseLeaseAsync(string key, string owner, CancellationToken cancellationToken = default) =>
        Db.ScriptEvaluateAsync(ReleaseScript, [Key(key)], [owner]);

    private RedisKey Key(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return keys.Prefix + "ch:" + key;
    }
}
