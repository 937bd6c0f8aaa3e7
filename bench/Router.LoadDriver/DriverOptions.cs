using System.Globalization;

namespace Router.LoadDriver;

/// <summary>The driver's command line; every flag has a default fit for the run on a 2-core machine.</summary>
internal sealed record DriverOptions
{
    public const string Usage = """
        Router.LoadDriver: starts the router against a Redis and measures ingest→offer.
          --redis HOST:PORT       Redis to use (else env ROUTER_BENCH_REDIS)
          --router-dll PATH       Router.dll (default: <repo>/src/Router/bin/Release/net10.0/Router.dll)
          --config-dir PATH       router config dir (default: <repo>/config)
          --agents N              agents to register (1000)
          --capacity N            api slots and maxItems per agent; nobody accepts, so the roster's slots must
                                  hold every item of a phase, warm-up included (200)
          --items M               items in the agents-free phase; 0 to skip it (20000)
          --sweep C1,C2,...       repeat the agents-free phase at these concurrencies (default: --concurrency only)
          --concurrency C         concurrent HTTP requests (64)
          --repeat N              run each closed-loop agents-free phase N times, each on a fresh router; the summary
                                  gives every run and judges the targets on the medians (1). On this VM one run of
                                  a phase moves by 10 % or more from the next
          --rates R1,R2,...       also run the agents-free phase open loop at these steady rates (items/s), latency
                                  counted from when each send was due; 'none' to skip (2500,4000)
          --paced-concurrency C   most requests in flight in a paced phase (256)
          --warmup N              unmeasured items sent first to a fresh router, at least (20000); then more, 5000 at
                                  a time, until its background JIT is quiet, as in a router that has run for a while
          --warmup-max N          most warm-up items (150000)
          --backlogs B1,B2,...    backlog sizes; 'none' to skip (0,10000,100000,1000000)
          --batch-items N         items measured through HTTP on top of each backlog (10000)
          --drain-items N         items drained per backlog for offers/s (20000)
          --timeout-seconds S     longest wait for all offers of one phase (180)
          --grow-key-table on|off before a measured phase, grow Redis's key table if the phase's keys would make it
                                  double, and wait for the keys to move (on); off measures a doubling that falls
                                  on a phase (a 1M backlog is about 2M keys, right at one)
          --router-env KEY=VALUE  extra environment for the router, repeatable (what-if runs, e.g.
                                  Router__Dispatch__BatchSize=256); printed in the header
        """;

    public string? Redis { get; init; } = Environment.GetEnvironmentVariable("ROUTER_BENCH_REDIS");

    public string RouterDll { get; init; } = Path.Combine(RepoRoot(), "src/Router/bin/Release/net10.0/Router.dll");

    public string ConfigDir { get; init; } = Path.Combine(RepoRoot(), "config");

    public int Agents { get; init; } = 1000;

    public int Capacity { get; init; } = 200;

    public int Items { get; init; } = 20_000;

    public int Concurrency { get; init; } = 64;

    public IReadOnlyList<int> Sweep { get; init; } = [];

    public int Repeat { get; init; } = 1;

    public int Warmup { get; init; } = 20_000;

    public int WarmupMax { get; init; } = 150_000;

    public IReadOnlyList<int> Rates { get; init; } = [2500, 4000];

    public int PacedConcurrency { get; init; } = 256;

    public IReadOnlyList<int> Backlogs { get; init; } = [0, 10_000, 100_000, 1_000_000];

    public int BatchItems { get; init; } = 10_000;

    public int DrainItems { get; init; } = 20_000;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(180);

    public bool GrowKeyTable { get; init; } = true;

    public IReadOnlyDictionary<string, string> RouterEnvironment { get; init; } = new Dictionary<string, string>();

    public static DriverOptions Parse(string[] args)
    {
        var o = new DriverOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            o = name switch
            {
                "--redis" => o with { Redis = Next() },
                "--router-dll" => o with { RouterDll = Path.GetFullPath(Next()) },
                "--config-dir" => o with { ConfigDir = Path.GetFullPath(Next()) },
                "--agents" => o with { Agents = Int(Next()) },
                "--capacity" => o with { Capacity = Int(Next()) },
                "--items" => o with { Items = Int(Next()) },
                "--concurrency" => o with { Concurrency = Int(Next()) },
                "--sweep" => o with { Sweep = Ints(Next()) },
                "--repeat" => o with { Repeat = Positive(name, Int(Next())) },
                "--warmup" => o with { Warmup = Int(Next()) },
                "--warmup-max" => o with { WarmupMax = Int(Next()) },
                "--rates" => o with { Rates = NoneOrInts(Next()) },
                "--paced-concurrency" => o with { PacedConcurrency = Int(Next()) },
                "--backlogs" => o with { Backlogs = NoneOrInts(Next()) },
                "--batch-items" => o with { BatchItems = Int(Next()) },
                "--drain-items" => o with { DrainItems = Int(Next()) },
                "--timeout-seconds" => o with { Timeout = TimeSpan.FromSeconds(Int(Next())) },
                "--grow-key-table" => o with { GrowKeyTable = OnOff(name, Next()) },
                "--router-env" => o with { RouterEnvironment = With(o.RouterEnvironment, Next()) },
                _ => throw new ArgumentException($"Unknown flag '{name}'."),
            };
        }

        if (string.IsNullOrWhiteSpace(o.Redis))
        {
            throw new ArgumentException("No Redis: pass --redis HOST:PORT or set ROUTER_BENCH_REDIS.");
        }

        return o;
    }

    /// <summary>The repository root: the folder above this assembly that holds Router.sln.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Router.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static int Int(string value) => int.Parse(value.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static int Positive(string name, int value) =>
        value > 0 ? value : throw new ArgumentException($"{name} needs a number above 0, not {value}.");

    private static int[] Ints(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Int).ToArray();

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> environment, string pair)
    {
        var parts = pair.Split('=', 2);
        if (parts.Length != 2 || parts[0].Length == 0)
        {
            throw new ArgumentException($"--router-env needs KEY=VALUE, not '{pair}'.");
        }

        return new Dictionary<string, string>(environment) { [parts[0]] = parts[1] };
    }

    private static bool OnOff(string name, string value) => value switch
    {
        "on" => true,
        "off" => false,
        _ => throw new ArgumentException($"{name} takes on or off, not '{value}'."),
    };

    private static int[] NoneOrInts(string value) => value == "none" ? [] : Ints(value);
}
