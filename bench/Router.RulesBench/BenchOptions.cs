using System.Globalization;

namespace Router.RulesBench;

/// <summary>The bench's command line; the defaults are the figures (500 rules, 50 queues, 10,000 agents).</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Router.RulesBench: classification throughput and agent eligibility re-evaluation.
          --redis HOST:PORT     Redis for the upsert figures (else env ROUTER_BENCH_REDIS; none: CPU figures only)
          --rules N             routing rules in the generated file (500)
          --queues N            queues in the generated file, 'general' included (50)
          --items N             item facts to classify (100000)
          --fallthrough P       share of items that no rule matches, 0-1 (0.3)
          --agents N            agents whose eligibility is re-evaluated (10000)
          --reps N              measured repetitions of each CPU figure; the median is reported (5)
          --concurrency C,...   concurrent UpsertAsync calls to try (1,8,32,128)
          --redis-reps N        passes over all agents per Redis figure; the median pass is reported (3)
          --seed N              seed of the generated rules, items and agents (42)
        """;

    public string? Redis { get; init; } = Environment.GetEnvironmentVariable("ROUTER_BENCH_REDIS");

    public int Rules { get; init; } = 500;

    public int Queues { get; init; } = 50;

    public int Items { get; init; } = 100_000;

    public double FallThrough { get; init; } = 0.3;

    public int Agents { get; init; } = 10_000;

    public int Reps { get; init; } = 5;

    public IReadOnlyList<int> Concurrency { get; init; } = [1, 8, 32, 128];

    public int RedisReps { get; init; } = 3;

    public int Seed { get; init; } = 42;

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
                "--rules" => o with { Rules = Positive(name, Next()) },
                "--queues" => o with { Queues = Positive(name, Next()) },
                "--items" => o with { Items = Positive(name, Next()) },
                "--fallthrough" => o with { FallThrough = Share(name, Next()) },
                "--agents" => o with { Agents = Positive(name, Next()) },
                "--reps" => o with { Reps = Positive(name, Next()) },
                "--concurrency" => o with { Concurrency = [.. Next().Split(',').Select(c => Positive(name, c))] },
                "--redis-reps" => o with { RedisReps = Positive(name, Next()) },
                "--seed" => o with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown flag '{name}'."),
            };
        }

        return o;
    }

    private static int Positive(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} takes a positive whole number, not '{text}'.");

    private static double Share(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= 0 and <= 1
            ? d
            : throw new ArgumentException($"{name} takes a share between 0 and 1, not '{text}'.");
}
