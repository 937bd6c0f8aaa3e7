using Router.FaultTests.Infrastructure;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace Router.FaultTests;

/// <summary>
/// The promises under fire: 1,000 customer messages stream in over five channels (HTTP API, signed Twilio webhooks,
/// web chat over SignalR, AMQP commands, mail APPENDed to an IMAP mailbox) through two router processes while 20 agents
/// answer through both; mid-stream one router is killed with SIGKILL and started again, Redis is killed and restarted
/// from its AOF, the broker and the IMAP server are stopped for a while. Expected: every acknowledged message exists exactly once, none was offered to two agents at
/// once or assigned twice, every item's item.created event reached the bus, and no log line holds a secret, a
/// signature, a message body, an address or a phone number.
/// </summary>
public sealed class FaultSuiteTests(ITestOutputHelper output)
{
    private const int Items = 1000;
    private const int Agents = 20;
    private const int SendersPerSource = 4;

    // The CRM's last commands wait until the broker is down, so its outage meets a flowing stream however long
    // rabbitmqctl takes to stop it.
    private const int BusHeldBack = 100;

    // Paced, so the stream is still flowing when each fault is over (a busy machine restarts a router or a broker in
    // 10-50 s): 20 senders, ~17 messages/s, about 60 s in all.
    private static readonly TimeSpan SendInterval = TimeSpan.FromMilliseconds(20 * 60);

    [Fact]
    public async Task KillARouter_RestartRedis_StopTheBrokerAndImap_MidStream_NothingLostOrDoubled_AndTheLogsHoldNoSecrets()
    {
        await using var redis = await PrivateRedis.StartAsync();
        await using var broker = await RabbitMqBroker.AcquireAsync();
        await using var bus = await FaultBus.CreateAsync(broker);
        await using var dovecot = await PrivateDovecot.StartAsync();
        var ledger = new FaultLedger();
        using var api = new ApiSource(RouterFleet.ApiKey, ledger);
        using var sms = new SmsSource(ledger);
        var chat = new ChatSource(ledger);
        await using var crm = new BusSource(bus, ledger);
        var mail = new EmailSource(dovecot, ledger);
        IFaultSource[] sources = [api, sms, chat, crm, mail];
        var workspace = "fault" + Guid.NewGuid().ToString("N")[..8];
        var logs = new RouterLogs();
        var environment = new[] { await RouterFleet.RoutingEnvironmentAsync(), sms.RouterEnvironment(), chat.RouterEnvironment(), bus.RouterEnvironment(), mail.RouterEnvironment(), RouterLogs.RouterEnvironment() }
            .SelectMany(e => e).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        await using var fleet = new RouterFleet(RouterBinary.Dll(), RouterBinary.ConfigDir(), redis.ConnectionString, workspace, environment, logs);
        await Task.WhenAll(fleet.StartAsync(0), fleet.StartAsync(1));
        using var agents = new AgentWorkers(fleet.Addresses, RouterFleet.ApiKey, ledger);
        using var stopAgents = new CancellationTokenSource();
        await agents.RegisterAsync(Agents, sources.Select(s => s.Channel).Distinct(), CancellationToken.None);
        var answering = agents.RunAsync(Agents, stopAgents.Token);
        var timeline = new FaultTimeline(ledger, Items, sources, Log);
        timeline.Log($"broker: {(broker.Own ? "started for this run" : "ROUTER_TEST_AMQP")}; streaming {Items} messages over {string.Join(", ", sources.Select(s => s.Name))}");

        using var tooLong = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var brokerDown = new TaskCompletionSource();
        var producing = new FaultStream(sources, fleet.Addresses, ledger)
            .Hold(crm, Items - (BusHeldBack * sources.Length), brokerDown.Task)
            .RunAsync(Items, SendersPerSource, SendInterval, tooLong.Token);
        await timeline.StrikeAsync("router 0 SIGKILL", Items / 10, async () =>
        {
            await fleet.KillAsync(0);
            await Task.Delay(1000);
            await fleet.StartAsync(0);
        });
        await timeline.StrikeAsync("Redis SIGKILL", ledger.Acknowledged.Count + 50, async () =>
        {
            await redis.KillAsync();
            await Task.Delay(2000);
            await redis.RestartAsync(); // from its AOF
        });
        // Together: dovecot is back in seconds, but a broker may take half a minute on a busy machine.
        await timeline.StrikeAsync("broker and IMAP server stopped", ledger.Acknowledged.Count + 50, async () =>
        {
            await Task.WhenAll(broker.StopAppAsync(), dovecot.StopAsync());
            brokerDown.SetResult(); // the held commands go now, into the outage
            await Task.Delay(5000);
            await Task.WhenAll(broker.StartAppAsync(), dovecot.StartAgainAsync()); // same port and mail: the reader reconnects
        }, crm.Name, mail.Name);
        await producing;
        timeline.Log($"all {Items} acknowledged");

        using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        var db = connection.GetDatabase();
        var report = await SettledReportAsync(db, connection.GetServer(connection.GetEndPoints()[0]), workspace, ledger);
        await stopAgents.CancelAsync();
        await answering;
        var events = await BusEvents.CollectAsync(bus, db, workspace, report.ItemIds, TimeSpan.FromSeconds(60));
        await fleet.DisposeAsync(); // every line is in before the scan
        var leaks = RouterLogScanner.Leaks(logs.Lines, Forbidden(ledger, sms, chat, bus));
        // Tens of MB per run (the agents poll): kept only for a reader of a failed run.
        var saved = report.Clean && events.Clean && leaks.Count == 0 ? "not saved: the run is clean" : "saved in " + await logs.SaveAsync($"router-fault-{workspace}");

        foreach (var line in timeline.Summary())
        {
            timeline.Log(line);
        }

        timeline.Log($"{events}");
        timeline.Log($"logs: {logs.Count} lines of the routers scanned, {leaks.Count} leaks ({saved})");
        timeline.Log($"fault suite: {report}; bus {events.MissingCreated} items without item.created ({events.CopiesDropped} copies dropped); " +
            $"503 answers while Redis was away {ledger.UnavailableDuring("Redis SIGKILL")}; log leaks {leaks.Count}");

        Assert.True(timeline.AllMidStream, "a fault was over only after the messages it hit had all been sent: pace the stream slower");
        Assert.Equal(Items, report.Acknowledged);
        Assert.All(sources, s => Assert.Equal(Items / sources.Length, report.AcknowledgedBySource.GetValueOrDefault(s.Name)));
        Assert.True(ledger.UnavailableDuring("Redis SIGKILL") > 0, "intake never answered 503 while Redis was away: the outage did not happen as planned");
        Assert.True(ledger.RetriesDuring("broker and IMAP server stopped").GetValueOrDefault(mail.Name) > 0, "no APPEND failed while dovecot was stopped");
        Assert.True(ledger.RetriesDuring("broker and IMAP server stopped").GetValueOrDefault(crm.Name) > 0, "no command was refused while the broker was stopped");
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicated);
        Assert.Equal(0, report.DoubleOffered);
        Assert.Equal(0, report.DoubleAssigned);
        Assert.Equal(0, report.NotAssigned);
        Assert.Equal(0, events.MissingCreated);
        Assert.Equal(0, events.CreatedTwice);
        Assert.True(logs.Count > Items, $"only {logs.Count} router log lines were captured: is Debug on for Router?");
        Assert.True(leaks.Count == 0, "The routers' logs leaked:\n" + string.Join('\n', leaks.Take(30)));
    }

    // Agents answer after the stream too: wait until every acknowledged message is in and every item was assigned.
    private static async Task<FaultReport> SettledReportAsync(IDatabase db, IServer server, string workspace, FaultLedger ledger)
    {
        var report = await FaultVerifier.VerifyAsync(db, server, workspace, ledger);
        for (var wait = System.Diagnostics.Stopwatch.StartNew(); (report.NotAssigned > 0 || report.Lost > 0) && wait.Elapsed < TimeSpan.FromSeconds(90);)
        {
            await Task.Delay(500);
            report = await FaultVerifier.VerifyAsync(db, server, workspace, ledger);
        }

        return report;
    }

    private static IEnumerable<string> Forbidden(FaultLedger ledger, SmsSource sms, ChatSource chat, FaultBus bus) =>
        ledger.Sensitive.Keys.Concat([RouterFleet.ApiKey, sms.AuthToken, chat.Secret, bus.Password, PrivateDovecot.Password, FaultTexts.BodyMarker, FaultTexts.SubjectMarker]);

    // Shown by the test logger, and on the console so CI's log carries the counts.
    private void Log(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }
}
