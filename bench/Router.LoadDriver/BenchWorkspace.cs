using Microsoft.Extensions.Options;
using Router.Hosting;
using Router.Items;
using Router.Redis;
using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>
/// One bench workspace in Redis, seen through the router's own key layout and scripts (so backlogs are seeded by
/// exactly the intake script the router runs). Disposing deletes every key of the workspace.
/// </summary>
internal sealed class BenchWorkspace : IAsyncDisposable
{
    private readonly IConnectionMultiplexer redis;

    public BenchWorkspace(IConnectionMultiplexer redis, TimeProvider time)
    {
        this.redis = redis;
        Name = "bench-" + Guid.NewGuid().ToString("N")[..10];
        Keys = new RedisKeys(Options.Create(new RouterOptions { Workspace = Name }));
        Scripts = new RouterScripts(redis, Keys, time);
        Items = new ItemStore(redis, Keys, Scripts);
    }

    public string Name { get; }

    public RedisKeys Keys { get; }

    public RouterScripts Scripts { get; }

    public ItemStore Items { get; }

    public IDatabase Db => redis.GetDatabase();

    /// <summary>Sets an agent's status through <c>agent_status.lua</c>, bypassing HTTP (and the router's dispatch signal).</summary>
    public Task SetStatusDirectAsync(string agentId, string status) =>
        Scripts.RunAsync(RouterScript.AgentStatus, Keys.Agent(agentId), agentId, status, "bench");

    /// <summary>Waits until the queue's <c>offered</c> counter (offers pending) reaches <paramref name="expected"/>.</summary>
    public async Task<bool> WaitOfferedAsync(string queue, long expected, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if ((long?)await Db.HashGetAsync(Keys.QueueStats(queue), "offered") >= expected)
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        var server = redis.GetServers()[0];
        var batch = new List<RedisKey>(1000);
        var pending = new List<Task>();
        await foreach (var key in server.KeysAsync(pattern: Keys.Prefix + "*", pageSize: 10_000))
        {
            batch.Add(key);
            if (batch.Count == 1000)
            {
                pending.Add(Unlink(batch.ToArray()));
                batch.Clear();
            }
        }

        pending.Add(Unlink(batch.ToArray()));
        await Task.WhenAll(pending);

        // UNLINK frees in Redis's background thread: wait for it, or the next phase would share the cores with it.
        while (await LazyFreePendingAsync(server) > 0)
        {
            await Task.Delay(100);
        }
    }

    private static async Task<long> LazyFreePendingAsync(IServer server)
    {
        var memory = await server.InfoAsync("memory");
        var pending = memory.SelectMany(g => g).FirstOrDefault(e => e.Key == "lazyfree_pending_objects").Value;
        return long.TryParse(pending, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private Task Unlink(RedisKey[] keys) =>
        keys.Length == 0 ? Task.CompletedTask : Db.ExecuteAsync("UNLINK", keys.Select(k => (object)k).ToArray());
}
