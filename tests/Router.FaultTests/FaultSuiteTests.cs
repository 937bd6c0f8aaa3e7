using System.Diagnostics;
using Router.FaultTests.Infrastructure;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Router.FaultTests;

/// <summary>
/// The promises under fire: 1,000 items stream in through two router processes while agents answer through both;
/// mid-stream one router is killed with SIGKILL and started again, and Redis is killed and restarted from its AOF.
/// Expected: every acknowledged item exists exactly once, none was offered to two agents at once, none assigned twice.
/// </summary>
public sealed class FaultSuiteTests(ITestOutputHelper output)
{
    private const int Items = 1000;
    private const int Agents = 20;
    private const int Senders = 16;

    // Paced, so the stream is still flowing when each fault strikes: ~25 items/s, about 40 s for the run.
    private static readonly TimeSpan SendInterval = TimeSpan.FromMilliseconds(Senders * 40);

    [Fact]
    public async Task KillARouterAndRestartRedisMidStream_NothingLost_NothingDuplicated_NoDoubleAssignment()
    {
        await using var redis = await PrivateRedis.StartAsync();
        var workspace = "fault" + Guid.NewGuid().ToString("N")[..8];
        var rules = Directory.CreateTempSubdirectory("router-fault-rules-").FullName;
        await File.WriteAllTextAsync(Path.Combine(rules, "routing.json"),
            """{ "queues": [ { "name": "general", "agents": "true" } ], "default": { "queue": "general", "priority": 0 } }""");
        var environment = new Dictionary<string, string>
        {
            ["Router__Routing__File"] = Path.Combine(rules, "routing.json"),
            // Answers lost with a killed router leave offers pending: let them expire and go to someone else soon.
            ["Router__Dispatch__OfferTimeoutSeconds"] = "3",
            ["Router__Dispatch__MissedOffersBeforeAway"] = "100",
            ["Logging__LogLevel__Default"] = "Error",
        };
        await using var fleet = new RouterFleet(RouterBinary.Dll(), RouterBinary.ConfigDir(), redis.ConnectionString, workspace, environment);
        await Task.WhenAll(fleet.StartAsync(0), fleet.StartAsync(1));
        var ledger = new FaultLedger();
        using var api = new ApiSource(RouterFleet.ApiKey, ledger);
        IFaultSource[] sources = [api];
        using var agents = new AgentWorkers(fleet.Up, RouterFleet.ApiKey, ledger);
        using var stopAgents = new CancellationTokenSource();
        await agents.RegisterAsync(Agents, sources.Select(s => s.Channel).Distinct(), CancellationToken.None);
        var answering = agents.RunAsync(Agents, stopAgents.Token);
        var clock = Stopwatch.StartNew();

        var next = -1;
        var producing = Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            for (var n = Interlocked.Increment(ref next); n < Items; n = Interlocked.Increment(ref next))
            {
                var paced = Task.Delay(SendInterval);
                var source = sources[n % sources.Length];
                while (true)
                {
                    var up = fleet.Up();
                    if (up.Length > 0 && await source.SendAsync(n, up[n % up.Length], CancellationToken.None) is { } key)
                    {
                        ledger.Acknowledged[key] = source.Channel;
                        break;
                    }

                    await Task.Delay(100);
                }

                await paced;
            }
        })));

        await WhenAcknowledgedAsync(ledger, Items / 5);
        Log($"{clock.Elapsed:mm\\:ss} {ledger.Acknowledged.Count} acknowledged: SIGKILL router 0");
        await fleet.KillAsync(0);
        await Task.Delay(1000);
        await fleet.StartAsync(0);
        Log($"{clock.Elapsed:mm\\:ss} router 0 is back");

        await WhenAcknowledgedAsync(ledger, Math.Min(ledger.Acknowledged.Count + (Items / 10), Items * 3 / 4));
        Log($"{clock.Elapsed:mm\\:ss} {ledger.Acknowledged.Count} acknowledged: SIGKILL Redis");
        var before = ledger.Unavailable;
        await redis.KillAsync();
        await Task.Delay(2000);
        await redis.RestartAsync();
        var faultsStruckMidStream = ledger.Acknowledged.Count < Items;
        Log($"{clock.Elapsed:mm\\:ss} Redis is back from its AOF; {ledger.Unavailable - before} answers 503 while it was away");

        await producing;
        Log($"{clock.Elapsed:mm\\:ss} all {Items} acknowledged");
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        Assert.True(faultsStruckMidStream, "the stream ended before the faults struck: pace it slower");
        var report = await FaultVerifier.VerifyAsync(connection.GetDatabase(), server, workspace, ledger);
        for (var wait = Stopwatch.StartNew(); report.NotAssigned > 0 && wait.Elapsed < TimeSpan.FromSeconds(90);)
        {
            await Task.Delay(500);
            report = await FaultVerifier.VerifyAsync(connection.GetDatabase(), server, workspace, ledger);
        }

        await stopAgents.CancelAsync();
        await answering;
        Log($"{clock.Elapsed:mm\\:ss} {report}");

        Assert.Equal(Items, report.Acknowledged);
        Assert.True(report.Unavailable > 0, "intake never answered 503 while Redis was away: the outage did not happen as planned");
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicated);
        Assert.Equal(0, report.DoubleOffered);
        Assert.Equal(0, report.DoubleAssigned);
        Assert.Equal(0, report.NotAssigned);
    }

    private static async Task WhenAcknowledgedAsync(FaultLedger ledger, int count)
    {
        while (ledger.Acknowledged.Count < count)
        {
            await Task.Delay(20);
        }
    }

    // Shown by the test logger, and on the console so CI's log carries the counts.
    private void Log(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
