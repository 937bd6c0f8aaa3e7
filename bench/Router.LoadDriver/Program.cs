using Router.LoadDriver;
using StackExchange.Redis;

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(DriverOptions.Usage);
    return 0;
}

DriverOptions options;
try
{
    options = DriverOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(DriverOptions.Usage);
    return 2;
}

// allowAdmin: the driver reads INFO and CONFIG for the report; the router itself never asks for it.
var config = ConfigurationOptions.Parse(options.Redis!);
config.AllowAdmin = true;
config.ClientName = "router-bench";
config.SyncTimeout = config.AsyncTimeout = 60_000;
using var redis = await ConnectionMultiplexer.ConnectAsync(config);

Console.WriteLine(await Machine.DescribeAsync(redis.GetServers()[0]));
Console.WriteLine($"router: {options.RouterDll} (Dispatch:OfferTimeoutSeconds={BenchRun.OfferTimeoutSeconds}, other settings from {options.ConfigDir})");
foreach (var (key, value) in options.RouterEnvironment)
{
    Console.WriteLine($"router env (what-if): {key}={value}");
}

Console.WriteLine(options.GrowKeyTable
    ? "redis key table: grown before a measured phase whose keys would make it double (--grow-key-table on)"
    : "redis key table: left to double wherever the key count crosses 2^n, measured phases included (--grow-key-table off)");
Console.WriteLine("items/s = items ÷ (last offer − first request sent), wall clock; send→offer = the driver's send (at a fixed rate: when it was due)"
    + " → the offer there for the agent: the 201 that reports it, else the agent's inbox entry (Redis's clock)");
Console.WriteLine();

var free = new List<(int Concurrency, IngestFigures Figures)>();
foreach (var concurrency in options.Items == 0 ? [] : options.Sweep.Count > 0 ? options.Sweep : [options.Concurrency])
{
    for (var run = 0; run < options.Repeat; run++)
    {
        free.Add((concurrency, await FreePhase.RunAsync(options, redis, concurrency)));
    }
}

var paced = new List<(double Rate, IngestFigures Figures)>();
foreach (var rate in options.Items == 0 ? [] : options.Rates)
{
    paced.Add((rate, await FreePhase.RunAsync(options, redis, options.PacedConcurrency, rate)));
}

var backlogs = new List<BacklogFigures>();
foreach (var backlog in options.Backlogs)
{
    Console.WriteLine();
    backlogs.Add(await BacklogPhase.RunAsync(options, redis, backlog));
}

Console.WriteLine();
Summary.Print(options, free, paced, backlogs);
return 0;
