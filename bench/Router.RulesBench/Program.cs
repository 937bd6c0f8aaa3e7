using Router.RulesBench;
using StackExchange.Redis;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

Console.WriteLine(Machine.Describe());
Console.WriteLine($"method: Stopwatch loops in one process; every CPU figure is the median of {options.Reps} runs after at least 2 s of warm-up; seed {options.Seed}");
var report = new Report();

Console.WriteLine();
Console.WriteLine($"== Classification: {options.Rules} rules, {options.Queues} queues ==");
var policy = ClassificationBench.Run(options, report);
var roster = EligibilityBench.Run(options, policy, report);

if (options.Redis is null)
{
    Console.WriteLine();
    Console.WriteLine("== Agent upsert against Redis: skipped (no --redis and no ROUTER_BENCH_REDIS) ==");
}
else
{
    // allowAdmin: the bench reads CONFIG and INFO for the report; the router itself never asks for it.
    var config = ConfigurationOptions.Parse(options.Redis);
    config.AllowAdmin = true;
    config.ClientName = "router-rules-bench";
    config.SyncTimeout = config.AsyncTimeout = 60_000;
    using var redis = await ConnectionMultiplexer.ConnectAsync(config);
    await ReconcileBench.RunAsync(redis, options, roster, report);
}

Console.WriteLine();
Console.WriteLine($"== Summary ({Machine.Load()} at the end) ==");
report.PrintTable();
return 0;
