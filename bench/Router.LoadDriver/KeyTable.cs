using System.Numerics;
using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>
/// Redis's main key table (db 0) as <c>MEMORY STATS</c> shows it. Redis doubles the table when the key count reaches its
/// size, then moves the keys to the new table a bucket at a time, one step in every command that touches a key plus
/// 1 ms per cron tick (incremental rehash). Until the move is done every key lookup costs more: with 2 million keys,
/// rehashing took a quarter of Redis's time for 20-40 s under load (docs/performance.md). A backlog of 1M items is
/// about 2M keys, right at a doubling, so a measured phase can land on the move by chance.
/// </summary>
/// <param name="Keys">Keys in db 0.</param>
/// <param name="Slots">Buckets in both tables (the old and the new one while rehashing).</param>
internal sealed record KeyTable(long Keys, long Slots)
{
    // Redis 7.0-7.2 (64-bit): overhead.hashtable.main = keys × (dictEntry 24 + robj 16) + buckets × 8.
    private const int BytesPerKey = 40;
    private const int BytesPerSlot = 8;

    /// <summary>True while keys move from the old table to the new one (two tables: the slot count is not a power of two).</summary>
    public bool Rehashing => !BitOperations.IsPow2(Slots);

    /// <summary>The size the table has (or is moving to): the key count at which it doubles next.</summary>
    public long Size => Rehashing ? (long)BitOperations.RoundUpToPowerOf2((ulong)Slots) / 2 : Slots;

    public override string ToString() =>
        $"{Keys:N0} keys in 2^{BitOperations.Log2((ulong)Size)} slots" + (Rehashing ? " (rehashing)" : "");

    /// <summary>
    /// The table, or null when this Redis does not expose it the way 7.0-7.2 do (another layout, or MEMORY refused):
    /// then nothing is grown and phases say nothing about rehashing.
    /// </summary>
    public static async Task<KeyTable?> ReadAsync(IServer server)
    {
        try
        {
            var keys = await server.DatabaseSizeAsync(0);
            var stats = (RedisResult[])(await server.ExecuteAsync("MEMORY", "STATS"))!;
            var overhead = Field(Field(stats, "db.0") is { } db ? (RedisResult[])db! : [], "overhead.hashtable.main");
            if (overhead is null)
            {
                return null;
            }

            var bytes = (long)overhead - (keys * BytesPerKey);
            var slots = bytes / BytesPerSlot;
            // One table (2^n) or two while rehashing (2^n + 2^(n±1)); anything else means another layout.
            var plausible = bytes % BytesPerSlot == 0 && slots > 0
                && (BitOperations.IsPow2(slots) || BitOperations.PopCount((ulong)slots) == 2 && IsAdjacentPair(slots));
            return plausible ? new KeyTable(keys, slots) : null;
        }
        catch (RedisException)
        {
            return null;
        }
    }

    /// <summary>
    /// Makes sure <paramref name="newKeys"/> more keys fit without a doubling: if they would cross one, adds filler keys
    /// (under <paramref name="fillerPrefix"/>) until Redis doubles the table, deletes them, and waits until the keys
    /// have moved, with Redis's cron raised to 500 Hz for the wait (its rehash gets 1 ms per tick). A contact centre
    /// whose backlog holds at a million items pays the doubling once, when it grows there; the bench's key count only
    /// ever grows, so without this the doubling falls on whichever phase crosses 2^n keys. <c>--grow-key-table off</c>
    /// measures that case.
    /// </summary>
    public static async Task GrowForAsync(IServer server, IDatabase db, string fillerPrefix, long newKeys)
    {
        var table = await WaitRehashedAsync(server, await ReadAsync(server));
        if (table is null)
        {
            return;
        }

        var before = table;
        var grown = false;
        while (table.Keys + newKeys >= table.Size)
        {
            // Fillers written while Redis saves or rewrites its AOF would not grow the table.
            await RedisChildProcess.WaitEndedAsync(server, "before growing its key table");
            // At least one: after a save, the table may already hold more keys than slots, and the next key grows it.
            var fillers = Enumerable.Range(0, (int)Math.Max(1, table.Size - table.Keys + 1))
                .Select(i => (RedisKey)$"{fillerPrefix}{table.Size}:{i}").ToArray();
            foreach (var chunk in fillers.Chunk(1000))
            {
                await db.StringSetAsync(chunk.Select(k => new KeyValuePair<RedisKey, RedisValue>(k, "")).ToArray());
            }

            await db.KeyDeleteAsync(fillers);
            var after = await ReadAsync(server);
            if (after is null || after.Size <= table.Size)
            {
                throw new InvalidOperationException(
                    $"Redis's key table did not grow past {table} after {fillers.Length} filler keys" +
                    $" (a save or AOF rewrite running now: {await RedisChildProcess.RunningAsync(server)}).");
            }

            table = await WaitRehashedAsync(server, after);
            grown = true;
            if (table is null)
            {
                return;
            }
        }

        if (grown)
        {
            Console.WriteLine($"  key table grown before measuring: {before} → {table}, room for {newKeys:N0} new keys without a doubling");
        }
    }

    /// <summary>"rehashing" when the table was moving keys at some point of a phase (from its first and last reading), else "".</summary>
    public static string DuringPhase(KeyTable? start, KeyTable? end) =>
        start is null || end is null || (!start.Rehashing && !end.Rehashing && start.Slots == end.Slots)
            ? ""
            : $" | key table rehashing during the phase: {start} → {end}";

    private static async Task<KeyTable?> WaitRehashedAsync(IServer server, KeyTable? table)
    {
        if (table is not { Rehashing: true })
        {
            return table;
        }

        var hz = await ConfigAsync(server, "hz");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            if (hz is not null)
            {
                await server.ConfigSetAsync("hz", "500");
            }

            while (table is { Rehashing: true })
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(5))
                {
                    throw new TimeoutException($"Redis's key table still rehashing after 5 minutes: {table}.");
                }

                await Task.Delay(100);
                table = await ReadAsync(server);
            }
        }
        finally
        {
            if (hz is not null)
            {
                await server.ConfigSetAsync("hz", hz);
            }
        }

        Console.WriteLine($"  waited {clock.Elapsed.TotalSeconds:F1}s for Redis to finish moving keys to its grown key table ({table})");
        return table;
    }

    private static async Task<string?> ConfigAsync(IServer server, string name)
    {
        try
        {
            var pairs = await server.ConfigGetAsync(name);
            return pairs.Length == 1 ? pairs[0].Value : null;
        }
        catch (RedisException)
        {
            return null;
        }
    }

    private static bool IsAdjacentPair(long slots)
    {
        var high = BitOperations.Log2((ulong)slots);
        var low = BitOperations.TrailingZeroCount(slots);
        return high - low == 1;
    }

    private static RedisResult? Field(RedisResult[] pairs, string name)
    {
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            if (string.Equals((string?)pairs[i], name, StringComparison.Ordinal))
            {
                return pairs[i + 1];
            }
        }

        return null;
    }
}
