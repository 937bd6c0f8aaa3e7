using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Amqp;

namespace Router.FaultTests.Infrastructure;

/// <summary>
/// The RabbitMQ (AMQP 1.0) the fault run stops and starts: the one scripts/test.sh names with <c>ROUTER_TEST_AMQP</c>
/// and <c>ROUTER_TEST_RABBITMQ_CTL</c> (test.sh runs the fault suite alone, so stopping it disturbs no other test),
/// else one of its own started with scripts/lib/rabbitmq.sh (25–55 s on a busy machine). Adapted from
/// tests/Router.IntegrationTests/Bus/RabbitMqBroker.cs. Without RabbitMQ the run fails saying how to get one.
/// </summary>
internal sealed class RabbitMqBroker : IAsyncDisposable
{
    private string? ownName;
    private string? stateDir;

    private RabbitMqBroker(Uri uri, string ctl)
    {
        Uri = uri;
        Ctl = ctl;
    }

    /// <summary>amqp://user:password@127.0.0.1:port, the administrator's account (guest on test brokers).</summary>
    public Uri Uri { get; }

    /// <summary>A rabbitmqctl bound to this broker.</summary>
    public string Ctl { get; }

    /// <summary>True when this run started the broker (and stops it at the end).</summary>
    public bool Own => ownName is not null;

    public static async Task<RabbitMqBroker> AcquireAsync()
    {
        var named = Environment.GetEnvironmentVariable("ROUTER_TEST_AMQP");
        var ctl = Environment.GetEnvironmentVariable("ROUTER_TEST_RABBITMQ_CTL");
        if (string.IsNullOrWhiteSpace(named) || string.IsNullOrWhiteSpace(ctl))
        {
            // A broker without its rabbitmqctl cannot be stopped and started: the run needs one of its own then.
            return await StartOwnAsync("fault-" + Environment.ProcessId);
        }

        var broker = new RabbitMqBroker(new Uri(named), ctl);
        await WaitForAmqpAsync(broker.Address(), TimeSpan.FromSeconds(10),
            $"ROUTER_TEST_AMQP={named} does not answer AMQP 1.0. Start it (scripts/test.sh does), or unset ROUTER_TEST_AMQP and ROUTER_TEST_RABBITMQ_CTL to let the fault suite start its own.");
        return broker;
    }

    public Address Address(string? user = null, string? password = null) =>
        new(Uri.Host, Uri.Port, user ?? Uri.UserInfo.Split(':')[0], password ?? Uri.UserInfo.Split(':')[1], "/", "AMQP");

    /// <summary>Stops the broker's application: every connection drops, listeners close; durable queues and persistent messages stay.</summary>
    public Task StopAppAsync() => CtlAsync("stop_app");

    public async Task StartAppAsync()
    {
        await CtlAsync("start_app");
        await WaitForAmqpAsync(Address(), TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        if (ownName is not null)
        {
            await RunScriptAsync($"rabbitmq_stop {ownName}", stateDir!);
            ownName = null;
            Directory.Delete(stateDir!, recursive: true);
        }
    }

    /// <summary>Runs rabbitmqctl; throws with its error output when it fails (naming the command, never its arguments).</summary>
    public Task CtlAsync(params string[] args) => RunAsync(Ctl, args, null, "rabbitmqctl " + args[0]);

    private static async Task<RabbitMqBroker> StartOwnAsync(string name)
    {
        if (!File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server"))
        {
            throw new InvalidOperationException(
                "The fault suite needs RabbitMQ with AMQP 1.0 and stops it mid-run: run scripts/test.sh (installs and starts one), or set " +
                "ROUTER_TEST_AMQP=amqp://guest:guest@127.0.0.1:PORT and ROUTER_TEST_RABBITMQ_CTL=<its rabbitmqctl>, or apt-get install rabbitmq-server.");
        }

        var state = Directory.CreateTempSubdirectory("router-fault-rabbitmq-").FullName;
        var port = FreePort();
        await RunScriptAsync($"rabbitmq_start {name} {port}", state);
        var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"amqp://guest:guest@127.0.0.1:{port}"));
        return new RabbitMqBroker(uri, Path.Combine(state, $"rabbitmq-{name}", "ctl")) { ownName = name, stateDir = state };
    }

    private static Task RunScriptAsync(string call, string state)
    {
        var lib = Path.Combine(RouterBinary.RepoRoot(), "scripts", "lib");
        return RunAsync("bash", ["-c", $"set -eu; source '{lib}/redis.sh'; source '{lib}/rabbitmq.sh'; {call}"], state, "scripts/lib/rabbitmq.sh " + call);
    }

    private static async Task RunAsync(string file, string[] args, string? stateDir, string what)
    {
        var info = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (stateDir is not null)
        {
            info.Environment["ROUTER_STATE_DIR"] = stateDir;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed: {await error}");
        }
    }

    private static async Task WaitForAmqpAsync(Address address, TimeSpan timeout, string? failure = null)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var connection = await new ConnectionFactory().CreateAsync(address);
                await connection.CloseAsync();
                return;
            }
            catch (Exception ex) when (ex is SocketException or AmqpException or IOException)
            {
                if (deadline.Elapsed > timeout)
                {
                    throw new InvalidOperationException(failure ?? $"The broker at {address.Host}:{address.Port} did not come back.", ex);
                }

                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
