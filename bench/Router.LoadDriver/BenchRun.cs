using Router.Bench;
using System.Globalization;
using StackExchange.Redis;

namespace Router.LoadDriver;

/// <summary>
/// A fresh router process in a fresh workspace with the roster registered (offline). Disposing stops the router and
/// deletes the workspace's keys.
/// </summary>
internal sealed class BenchRun : IAsyncDisposable
{
    public const string Queue = "general";

    private readonly DriverOptions options;
    private readonly IConnectionMultiplexer redis;

    /// <summary>Offers are never answered in the bench; a long TTL keeps them from expiring (and agents going away) mid-run.</summary>
    public const int OfferTimeoutSeconds = 3600;

    private BenchRun(DriverOptions options, IConnectionMultiplexer redis, BenchWorkspace workspace, RouterProcess router, int concurrency, double? rate)
    {
        this.options = options;
        this.redis = redis;
        Workspace = workspace;
        Router = router;
        Api = new RouterApi(router.BaseAddress, concurrency);
        Roster = new Roster(options.Agents, options.Capacity, concurrency);
        WarmUp = new HttpIngest(router.BaseAddress, TimeProvider.System, concurrency, rate: null);
        Ingest = new HttpIngest(router.BaseAddress, TimeProvider.System, concurrency, rate);
    }

    public BenchWorkspace Workspace { get; }

    public RouterProcess Router { get; }

    public RouterApi Api { get; }

    public Roster Roster { get; }

    /// <summary>The measured pushes: closed loop, or open loop at the run's rate.</summary>
    public HttpIngest Ingest { get; }

    /// <summary>Warm-up pushes, always closed loop (as fast as the router takes them).</summary>
    public HttpIngest WarmUp { get; }

    /// <summary>Redis keys each warm-up item added (item, history, offer ...), to size <see cref="GrowKeyTableAsync"/>.</summary>
    public double KeysPerItem { get; private set; }

    /// <summary>Items offered so far in this run; the queue's offered counter is compared against it.</summary>
    public long Offered { get; private set; }

    public static async Task<BenchRun> StartAsync(DriverOptions options, IConnectionMultiplexer redis, int concurrency, double? rate = null)
    {
        var workspace = new BenchWorkspace(redis, TimeProvider.System);
        var router = await RouterProcess.StartAsync(options.RouterDll, options.ConfigDir, options.Redis!, workspace.Name,
            options.RouterEnvironment.Prepend(new("Router__Dispatch__OfferTimeoutSeconds", OfferTimeoutSeconds.ToString(CultureInfo.InvariantCulture))));
        var run = new BenchRun(options, redis, workspace, router, concurrency, rate);
        await run.Roster.RegisterAsync(run.Api);
        return run;
    }

    private IServer Server => redis.GetServers()[0];

    /// <summary>Starts measuring CPU and Redis script time.</summary>
    public Task<ResourceMeter> MeterAsync() => ResourceMeter.StartAsync(Server, Router.Pid);

    /// <summary>
    /// Sends at least <c>--warmup</c> items, then more in rounds until the router's background JIT has gone quiet
    /// (under 5 % of a core in a round) or <c>--warmup-max</c> items have gone. A router in a contact centre runs for
    /// days: the figures are for one whose hot code the JIT has recompiled with what it learnt from running it, which
    /// on two cores shared with Redis and the driver takes tens of thousands of items.
    /// </summary>
    public async Task WarmUpAsync(int? priority)
    {
        const int Round = 5000;
        const double QuietShare = 0.05;
        var sent = 0;
        var jitShare = 1.0;
        var keysBefore = await Server.DatabaseSizeAsync(0);
        while (sent < options.Warmup || (jitShare > QuietShare && sent + Round <= options.WarmupMax))
        {
            var jit = JitActivity.Threads(Router.Pid);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await WarmUp.PushAsync(Round, priority, $"warmup{sent}");
            await WaitOffersAsync(Round);
            jitShare = JitActivity.BusySince(Router.Pid, jit) / clock.Elapsed.TotalSeconds;
            sent += Round;
        }

        KeysPerItem = (double)(await Server.DatabaseSizeAsync(0) - keysBefore) / sent;
        Console.WriteLine($"  warm-up: {sent} items; the JIT used {jitShare:P0} of a core in the last {Round}"
            + (jitShare > QuietShare ? " (still busy: --warmup-max reached)" : ""));
    }

    /// <summary>
    /// Before a measured part of <paramref name="items"/> items: grows Redis's key table now if their keys would make it
    /// double mid-measurement (<see cref="KeyTable.GrowForAsync"/>), unless <c>--grow-key-table off</c>.
    /// </summary>
    public Task GrowKeyTableAsync(int items) =>
        options.GrowKeyTable
            ? KeyTable.GrowForAsync(Server, Workspace.Db, Workspace.Keys.Prefix + "bench:filler:", (long)Math.Ceiling(items * KeysPerItem * 1.25))
            : Task.CompletedTask;

    /// <summary>Waits (cheaply, on the queue's counter) until <paramref name="count"/> more items are offered.</summary>
    public async Task WaitOffersAsync(int count)
    {
        Offered += count;
        if (!await Workspace.WaitOfferedAsync(Queue, Offered, options.Timeout))
        {
            Console.Error.WriteLine($"  timed out after {options.Timeout.TotalSeconds:F0}s waiting for offers");
        }
    }

    /// <summary>Pushes <paramref name="count"/> items through HTTP and measures them until offered.</summary>
    public async Task<(IngestFigures Figures, string Usage)> MeasureBurstAsync(int count, int? priority, string tag)
    {
        var meter = await MeterAsync();
        var sent = await Ingest.PushAsync(count, priority, tag);
        await WaitOffersAsync(count);
        var usage = await meter.StopAsync((count, "item"));
        var offers = await OfferTimes.WaitAsync(Workspace, sent, TimeSpan.FromSeconds(5));
        return (IngestFigures.Of(sent, offers), usage);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Router.DisposeAsync();
        await Workspace.DisposeAsync();
    }
}
