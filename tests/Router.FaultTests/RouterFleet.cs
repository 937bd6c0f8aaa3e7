using Router.Bench;

namespace Router.FaultTests;

/// <summary>The router processes of the run, any of which may be killed (SIGKILL) and started again.</summary>
internal sealed class RouterFleet(string dll, string configDir, string redis, string workspace, IReadOnlyDictionary<string, string> environment)
    : IAsyncDisposable
{
    private readonly RouterProcess?[] routers = new RouterProcess?[2];

    public static string ApiKey => RouterProcess.ApiKey;

    public Uri[] Up() => routers.Where(r => r is not null).Select(r => r!.BaseAddress).ToArray();

    public async Task StartAsync(int slot) =>
        routers[slot] = await RouterProcess.StartAsync(dll, configDir, redis, workspace, environment);

    /// <summary>SIGKILL: in-flight requests die with the process, nothing is flushed.</summary>
    public async Task KillAsync(int slot)
    {
        var router = routers[slot];
        routers[slot] = null;
        if (router is not null)
        {
            await router.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var slot = 0; slot < routers.Length; slot++)
        {
            await KillAsync(slot);
        }
    }
}
