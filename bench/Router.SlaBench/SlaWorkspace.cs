using Microsoft.Extensions.Options;
using Router.Hosting;
using Router.Items;
using Router.Redis;
using StackExchange.Redis;

namespace Router.SlaBench;

/// <summary>
/// One bench workspace in Redis, seen through the router's own key layout and scripts. Disposing deletes every key of
/// the workspace.
/// </summary>
internal sealed class SlaWorkspace : IAsyncDisposable
{
    private readonly IConnectionMultiplexer redis;

    public SlaWorkspace(IConnectionMultiplexer redis)
    {
        this.redis = redis;
        Name = "slabench-" + Guid.NewGuid().ToString("N")[..10];
        Keys = new RedisKeys(Options.Create(new RouterOptions { Workspace = Name }));
        Scripts = new RouterScripts(redis, Keys, TimeProvider.System);
    }

    public string Name { get; }

    public RedisKeys Keys { get; }

    /// <summary>The router's scripts on the real clock.</summary>
    public RouterScripts Scripts { get; }

    public IDatabase Db => redis.GetDatabase();

    /// <summary>The router's item store with scripts that see <paramref name="time"/> as now.</summary>
    public ItemStore ItemsAt(TimeProvider time) => new(redis, Keys, new RouterScripts(redis, Keys, time));

    /// <summary>One <c>sla_fire</c> call as <see cref="Sla.SlaTickJob"/> makes it; returns the events handled.</summary>
    public async Task<int> FireAsync(int batch)
    {
        var result = (RedisResult[])(await Scripts.RunAsync(
            RouterScript.SlaFire, Keys.SlaDue, batch, DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))!;
        return (int)result[0];
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
                pending.Add(Unlink([.. batch]));
                batch.Clear();
            }
        }

        pending.Add(Unlink([.. batch]));
        await Task.WhenAll(pending);
    }

    private Task Unlink(RedisKey[] keys) =>
        keys.Length == 0 ? Task.CompletedTask : Db.ExecuteAsync("UNLINK", keys.Select(k => (object)k).ToArray());
}
