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

    /// <summary>Router settings for the run: one queue any agent may take from, offers that expire soon.</summary>
    public static async Task<Dictionary<string, string>> RoutingEnvironmentAsync()
    {
        var rules = Directory.CreateTempSubdirectory("router-fault-rules-").FullName;
        await File.WriteAllTextAsync(Path.Combine(rules, "routing.json"),
            """{ "queues": [ { "name": "general", "agents": "true" } ], "default": { "queue": "general", "priority": 0 } }""");
        return new()
        {
            ["Router__Routing__File"] = Path.Combine(rules, "routing.json"),
            // Answers lost with a killed router leave offers pending: let them expire and go to someone else soon.
            ["Router__Dispatch__OfferTimeoutSeconds"] = "3",
            ["Router__Dispatch__MissedOffersBeforeAway"] = "100",
        };
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
