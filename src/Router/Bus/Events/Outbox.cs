using System.Text.Json;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Bus.Events;

/// <summary>
/// The outbox stream in Redis: the scripts append events with their state changes; one publisher at a time (holding
/// the lease) reads entries after the cursor and, for each the broker accepted, moves the cursor and trims.
/// </summary>
internal sealed class Outbox(IConnectionMultiplexer redis, BusKeys keys, RouterScripts scripts)
{
    private const string LeaseScript = """
        local holder = redis.call('GET', KEYS[1])
        if holder and holder ~= ARGV[1] then return 0 end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
        """;

    // Fenced by the lease, so a publisher that lost it cannot move the cursor under the one that holds it.
    private const string AdvanceScript = """
        if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
        redis.call('SET', KEYS[2], ARGV[3])
        redis.call('XTRIM', KEYS[3], 'MINID', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    private const string EmitScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        redis.call('XADD', KEYS[2], '*', 'type', ARGV[1], 'subject', ARGV[2], 'at', ARGV[3], 'data', ARGV[4])
        return 1
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDatabase Db => redis.GetDatabase();

    /// <summary>Makes the scripts write the outbox from now on (they skip it while no router publishes).</summary>
    public Task SwitchOnAsync() => Db.StringSetAsync(keys.OutboxOn, "1");

    /// <summary>Takes or renews the publisher lease for <paramref name="owner"/>; false while another holds it.</summary>
    public async Task<bool> TryLeaseAsync(string owner, TimeSpan ttl) =>
        (int)await Db.ScriptEvaluateAsync(LeaseScript, [keys.OutboxLease], [owner, (long)ttl.TotalMilliseconds]) == 1;

    /// <summary>Up to <paramref name="count"/> entries after the cursor, oldest first.</summary>
    public async Task<StreamEntry[]> ReadAsync(int count)
    {
        var cursor = await Db.StringGetAsync(keys.OutboxCursor);
        return await Db.StreamRangeAsync(keys.Outbox, cursor.IsNull ? "-" : "(" + cursor, "+", count);
    }

    /// <summary>Records that the broker accepted <paramref name="entryId"/>; false when the lease was lost.</summary>
    public async Task<bool> AdvanceAsync(string owner, string entryId, TimeSpan ttl) =>
        (int)await Db.ScriptEvaluateAsync(AdvanceScript, [keys.OutboxLease, keys.OutboxCursor, keys.Outbox],
            [owner, (long)ttl.TotalMilliseconds, entryId, Next(entryId)]) == 1;

    /// <summary>Sets aside an entry the broker refused for good, with the broker's reason.</summary>
    public Task SetAsideAsync(StreamEntry entry, string error) =>
        Db.StreamAddAsync(keys.OutboxDead, [.. entry.Values, new NameValueEntry("id", entry.Id), new NameValueEntry("error", error)]);

    /// <summary>Entries not yet published (the published ones are trimmed).</summary>
    public Task<long> LagAsync() => Db.StreamLengthAsync(keys.Outbox);

    /// <summary>Appends an event that no script writes (a rejected command), if the outbox is on.</summary>
    public Task EmitAsync(string type, string subject, object data) =>
        Db.ScriptEvaluateAsync(EmitScript, [keys.OutboxOn, keys.Outbox],
            [type, subject, scripts.NowMilliseconds(), JsonSerializer.Serialize(data, Json)]);

    // The smallest stream id after entryId: XTRIM MINID keeps ids >= it, so entryId itself goes.
    private static string Next(string entryId)
    {
        var dash = entryId.IndexOf('-', StringComparison.Ordinal);
        return entryId[..dash] + "-" + (ulong.Parse(entryId[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture) + 1);
    }
}
