using Router.Bench;
using Router.FaultTests.Infrastructure;

namespace Router.FaultTests;

/// <summary>
/// The router processes of the run, any of which may be killed (SIGKILL) and started again. Clients are given every
/// router's address, a killed one's too until it is started again (on a new port), as from a load balancer that has
/// not noticed yet: their requests to it fail and are retried on the other.
/// </summary>
internal sealed class RouterFleet(
    string dll, string configDir, string redis, string workspace, IReadOnlyDictionary<string, string> environment, RouterLogs logs)
    : IAsyncDisposable
{
    private readonly RouterProcess?[] routers = new RouterProcess?[2];
    private readonly Uri?[] addresses = new Uri?[2];

    public static string ApiKey => RouterProcess.ApiKey;

    public Uri[] Addresses() => addresses.OfType<Uri>().ToArray();

    public async Task StartAsync(int slot)
    {
        routers[slot] = await RouterProcess.StartAsync(dll, configDir, redis, workspace, environment, logs.For($"router{slot}"));
        addresses[slot] = routers[slot]!.BaseAddress;
    }

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
