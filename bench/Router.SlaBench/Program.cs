using Router.SlaBench;
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
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

// allowAdmin: the bench reads INFO, CONFIG and SLOWLOG for the report; the router itself never asks for them.
var config = ConfigurationOptions.Parse(options.Redis!);
config.AllowAdmin = true;
config.ClientName = "router-sla-bench";
config.SyncTimeout = config.AsyncTimeout = 60_000;
using var redis = await ConnectionMultiplexer.ConnectAsync(config);
var policy = BenchPolicy.Load(options.ConfigDir);

Console.WriteLine(await Machine.DescribeAsync(redis.GetServers()[0]));
Console.WriteLine($"policy: {policy.SlaFile}: first response {policy.Target}, steps {string.Join(", ", policy.Policy.Escalations)}");
Console.WriteLine();

var (ticks, burst) = options.Pending.Count == 0 ? ([], null) : await TickCostPhase.RunAsync(options, redis, policy);
var lateness = new List<LatenessFigures>();
foreach (var pending in options.LatenessPending)
{
    Console.WriteLine();
    var spread = new SpreadOverHttp(options.Items, TimeSpan.FromSeconds(options.SpreadSeconds), options.Concurrency);
    lateness.Add(await LatenessPhase.RunAsync(options, redis, policy, pending, spread));
}

foreach (var items in options.LatenessPending.Count > 0 ? options.BurstItems : [])
{
    Console.WriteLine();
    lateness.Add(await LatenessPhase.RunAsync(options, redis, policy, options.LatenessPending.Max(), new AlignedBurst(items)));
}

Console.WriteLine();
Summary.Print(ticks, burst, lateness);
var failed = lateness.Any(l => l.Fired.Missed > 0 || l.Fired.Duplicates > 0 || l.Fired.Early > 0);
if (failed)
{
    Console.Error.WriteLine("FAILED: a step was missed, fired twice or fired early.");
}

return failed ? 1 : 0;
