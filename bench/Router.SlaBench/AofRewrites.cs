using System.Globalization;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>
/// Whether an AOF rewrite ran during a measurement. A rewrite forks Redis, and every write then copies pages: the
/// scripts that write (a tick that fires) get 2-3 times slower. Seeding a million timers grows the AOF enough to start
/// one, so the bench waits for it before measuring, and says when one overlapped anyway.
/// </summary>
internal sealed class AofRewrites
{
    private readonly IServer server;
    private readonly (long Done, bool Running) start;

    private AofRewrites(IServer server, (long Done, bool Running) start)
    {
        this.server = server;
        this.start = start;
    }

    /// <summary>Waits (up to a minute) until no rewrite runs or is scheduled, then starts watching.</summary>
    public static async Task<AofRewrites> WaitThenWatchAsync(IServer server)
    {
        for (var i = 0; i < 600 && (await ReadAsync(server)).Running; i++)
        {
            await Task.Delay(100);
        }

        return new AofRewrites(server, await ReadAsync(server));
    }

    /// <summary>True when a rewrite ran at any time since watching started.</summary>
    public async Task<bool> OverlappedAsync()
    {
        var end = await ReadAsync(server);
        return start.Running || end.Running || end.Done > start.Done;
    }

    private static async Task<(long Done, bool Running)> ReadAsync(IServer server)
    {
        var info = (await server.InfoAsync("persistence")).SelectMany(g => g).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        long Field(string name) => info.TryGetValue(name, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
        return (Field("aof_rewrites"), Field("aof_rewrite_in_progress") + Field("aof_rewrite_scheduled") > 0);
    }
}
