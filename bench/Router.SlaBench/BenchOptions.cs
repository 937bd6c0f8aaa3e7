using System.Globalization;

namespace Router.SlaBench;

/// <summary>The bench's command line; every flag has a default fit for the run on a 2-core machine.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Router.SlaBench: SLA timers (issue 4): the cost of an sla_fire tick against the number of pending timers, and
        how late due steps fire in the real router with a million pending.
          --redis HOST:PORT           Redis to use (else env ROUTER_BENCH_REDIS)
          --router-dll PATH           Router.dll (default: <repo>/src/Router/bin/Release/net10.0/Router.dll)
          --config-dir PATH           where appsettings.json and routing.json are copied from (default: <repo>/config)
          --pending P1,P2,...         pending timers for the tick-cost phase; 'none' to skip (0,10000,100000,1000000)
          --idle-calls N              measured sla_fire calls with nothing due, per P (2000)
          --due K                     due events fired by one measured sla_fire call (500, the router's batch)
          --due-rounds R              measured calls with K due, per P (10)
          --burst B                   events due at the same instant, drained as one tick drains them, after the
                                      largest P; 0 to skip (20000)
          --lateness-pending P1,...   pending timers for the lateness phase; 'none' to skip (0,1000000)
          --items N                   items created through POST /v1/items in the lateness phase (2000)
          --spread-seconds S          the items are sent evenly over S seconds (4)
          --concurrency C             concurrent HTTP requests at most (16)
          --burst-items N1,N2,...     then, for each N, N items whose clocks all start at one instant, in the router
                                      with the largest lateness P: N events due at once at each step; 'none' to
                                      skip (10000,20000)
        """;

    public string? Redis { get; init; } = Environment.GetEnvironmentVariable("ROUTER_BENCH_REDIS");

    public string RouterDll { get; init; } = Path.Combine(RepoRoot(), "src/Router/bin/Release/net10.0/Router.dll");

    public string ConfigDir { get; init; } = Path.Combine(RepoRoot(), "config");

    public IReadOnlyList<int> Pending { get; init; } = [0, 10_000, 100_000, 1_000_000];

    public int IdleCalls { get; init; } = 2000;

    public int Due { get; init; } = 500;

    public int DueRounds { get; init; } = 10;

    public int Burst { get; init; } = 20_000;

    public IReadOnlyList<int> LatenessPending { get; init; } = [0, 1_000_000];

    public int Items { get; init; } = 2000;

    public double SpreadSeconds { get; init; } = 4;

    public int Concurrency { get; init; } = 16;

    public IReadOnlyList<int> BurstItems { get; init; } = [10_000, 20_000];

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            o = name switch
            {
                "--redis" => o with { Redis = Next() },
                "--router-dll" => o with { RouterDll = Path.GetFullPath(Next()) },
                "--config-dir" => o with { ConfigDir = Path.GetFullPath(Next()) },
                "--pending" => o with { Pending = NoneOrInts(Next()) },
                "--idle-calls" => o with { IdleCalls = Int(Next()) },
                "--due" => o with { Due = Int(Next()) },
                "--due-rounds" => o with { DueRounds = Int(Next()) },
                "--burst" => o with { Burst = Int(Next()) },
                "--lateness-pending" => o with { LatenessPending = NoneOrInts(Next()) },
                "--items" => o with { Items = Int(Next()) },
                "--spread-seconds" => o with { SpreadSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--concurrency" => o with { Concurrency = Int(Next()) },
                "--burst-items" => o with { BurstItems = NoneOrInts(Next()) },
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
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Router.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    private static int Int(string value) => int.Parse(value.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static int[] NoneOrInts(string value) => value == "none"
        ? []
        : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Int).ToArray();
}
