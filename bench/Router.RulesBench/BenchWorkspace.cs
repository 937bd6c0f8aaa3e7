using Microsoft.Extensions.Options;
using Router.Agents;
using Router.Hosting;
using Router.Redis;
using StackExchange.Redis;

namespace Router.RulesBench;

/// <summary>
/// A throwaway workspace (<c>rbench-…</c>) in Redis, used through the router's own key layout, scripts and
/// <see cref="AgentStore"/>. Disposing deletes every key of the workspace.
/// </summary>
internal sealed class BenchWorkspace : IAsyncDisposable
{
    private readonly IConnectionMultiplexer redis;

    public BenchWorkspace(IConnectionMultiplexer redis)
    {
        this.redis = redis;
        Name = "rbench-" + Guid.NewGuid().ToString("N")[..10];
        Keys = new RedisKeys(Options.Create(new RouterOptions { Workspace = Name }));
        Agents = new AgentStore(redis, Keys, new RouterScripts(redis, Keys, TimeProvider.System));
    }

    public string Name { get; }

    public RedisKeys Keys { get; }

    public AgentStore Agents { get; }

    public async ValueTask DisposeAsync()
    {
        var server = redis.GetServers()[0];
        var db = redis.GetDatabase();
        var batch = new List<RedisKey>(1000);
        var deleted = 0L;
        await foreach (var key in server.KeysAsync(pattern: Keys.Prefix + "*", pageSize: 10_000))
        {
            batch.Add(key);
            if (batch.Count == 1000)
            {
                deleted += await db.KeyDeleteAsync([.. batch]);
                batch.Clear();
            }
        }

        deleted += batch.Count == 0 ? 0 : await db.KeyDeleteAsync([.. batch]);
        Console.WriteLine($"  cleaned up: deleted {deleted:N0} keys of workspace {Name}");
    }
}
