using StackExchange.Redis;

namespace Router.IntegrationTests.Infrastructure;

/// <summary>Direct looks at a workspace's Redis state, for asserting what was (not) written.</summary>
public static class RedisInspection
{
    private static readonly Dictionary<string, Task<ConnectionMultiplexer>> Admin = [];

    /// <summary>Every key of the host's workspace, sorted.</summary>
    public static async Task<string[]> WorkspaceKeysAsync(this RouterTestHost host)
    {
        var server = await AdminServerAsync(host);
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: $"router:{{{host.Workspace}}}:*"))
        {
            keys.Add(key.ToString());
        }

        return keys.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Empties Redis's script cache, as a restart of a Redis that does not keep scripts does.</summary>
    public static async Task FlushScriptCacheAsync(this RouterTestHost host) =>
        await (await AdminServerAsync(host)).ScriptFlushAsync();

    private static async Task<IServer> AdminServerAsync(RouterTestHost host)
    {
        Task<ConnectionMultiplexer> connect;
        lock (Admin)
        {
            if (!Admin.TryGetValue(host.RedisConnectionString, out connect!))
            {
                connect = ConnectionMultiplexer.ConnectAsync(host.RedisConnectionString + ",allowAdmin=true");
                Admin[host.RedisConnectionString] = connect;
            }
        }

        return (await connect).GetServers().Single();
    }
}
