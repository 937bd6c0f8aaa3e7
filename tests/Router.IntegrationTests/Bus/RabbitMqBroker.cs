using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amqp;

namespace Router.IntegrationTests.Bus;

/// <summary>
/// The RabbitMQ (AMQP 1.0) the bus tests use: the one named by <c>ROUTER_TEST_AMQP</c> (scripts/test.sh sets it, and
/// <c>ROUTER_TEST_RABBITMQ_CTL</c>, a rabbitmqctl bound to it, for the restart test), else one started here with
/// scripts/lib/rabbitmq.sh on a free loopback port. Without rabbitmq-server installed, tests fail saying how to get it.
/// </summary>
public sealed class RabbitMqBroker
{
    private static readonly Lazy<Task<RabbitMqBroker>> Shared = new(StartSharedAsync);
    private string? ownName;
    private string? stateDir;

    private RabbitMqBroker(Uri uri, string? ctl)
    {
        Uri = uri;
        Ctl = ctl;
    }

    /// <summary>amqp://user:password@127.0.0.1:port.</summary>
    public Uri Uri { get; }

    /// <summary>A rabbitmqctl bound to this broker, when the tests may restart it.</summary>
    public string? Ctl { get; }

    public string User => Uri.UserInfo.Split(':')[0];

    public string Password => Uri.UserInfo.Split(':')[1];

    public static Task<RabbitMqBroker> GetAsync() => Shared.Value;

    /// <summary>A broker of the test's own (for restarting when the shared one cannot be); stop it with <see cref="StopAsync"/>.</summary>
    public static Task<RabbitMqBroker> StartPrivateAsync() => StartOwnAsync("private-" + Guid.NewGuid().ToString("N")[..8]);

    public Address Address() => new(Uri.Host, Uri.Port, User, Password, "/", "AMQP");

    /// <summary>Stops the broker's application (connections drop, durable queues stay), then starts it again after <paramref name="down"/>.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await RunCtlAsync("stop_app");
        await Task.Delay(down);
        await RunCtlAsync("start_app");
        await WaitForAmqpAsync(Address(), TimeSpan.FromSeconds(60));
    }

    public Task StopAppAsync() => RunCtlAsync("stop_app");

    public async Task StartAppAsync()
    {
        await RunCtlAsync("start_app");
        await WaitForAmqpAsync(Address(), TimeSpan.FromSeconds(60));
    }

    public async Task StopAsync()
    {
        if (ownName is not null)
        {
            await RunScriptAsync($"rabbitmq_stop {ownName}", stateDir!);
            ownName = null;
        }
    }

    private async Task RunCtlAsync(string command)
    {
        if (Ctl is null)
        {
            throw new InvalidOperationException("This broker cannot be restarted: set ROUTER_TEST_RABBITMQ_CTL with ROUTER_TEST_AMQP, or unset both.");
        }

        using var process = Process.Start(new ProcessStartInfo(Ctl, [command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed: {await error}");
        }
    }

    private static async Task<RabbitMqBroker> StartSharedAsync()
    {
        var named = Environment.GetEnvironmentVariable("ROUTER_TEST_AMQP");
        if (string.IsNullOrWhiteSpace(named))
        {
            return await StartOwnAsync("fixture-" + Environment.ProcessId);
        }

        var ctl = Environment.GetEnvironmentVariable("ROUTER_TEST_RABBITMQ_CTL");
        var broker = new RabbitMqBroker(new Uri(named), string.IsNullOrWhiteSpace(ctl) ? null : ctl);
        await WaitForAmqpAsync(broker.Address(), TimeSpan.FromSeconds(10), $"ROUTER_TEST_AMQP={named} does not answer AMQP 1.0. Start it, or run scripts/test.sh.");
        return broker;
    }

    private static async Task<RabbitMqBroker> StartOwnAsync(string name)
    {
        if (!File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server"))
        {
            throw new InvalidOperationException(
                "No RabbitMQ for the bus tests: run scripts/test.sh (installs and starts one), or set ROUTER_TEST_AMQP=amqp://guest:guest@127.0.0.1:PORT " +
                "(and ROUTER_TEST_RABBITMQ_CTL), or apt-get install rabbitmq-server.");
        }

        var state = Directory.CreateTempSubdirectory("router-test-rabbitmq-").FullName;
        var port = FreePort();
        await RunScriptAsync($"rabbitmq_start {name} {port}", state);
        var broker = new RabbitMqBroker(new Uri($"amqp://guest:guest@127.0.0.1:{port}"), Path.Combine(state, $"rabbitmq-{name}", "ctl"))
        {
            ownName = name,
            stateDir = state,
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => broker.StopAsync().GetAwaiter().GetResult();
        return broker;
    }

    private static async Task RunScriptAsync(string call, string state)
    {
        var lib = Path.Combine(Infrastructure.RouterTestHost.RepoRoot(), "scripts", "lib");
        var info = new ProcessStartInfo("bash", ["-c", $"set -eu; source '{lib}/redis.sh'; source '{lib}/rabbitmq.sh'; {call}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ROUTER_STATE_DIR"] = state;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/lib/rabbitmq.sh {call} failed: {await error}");
        }
    }

    private static async Task WaitForAmqpAsync(Address address, TimeSpan timeout, string? failure = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var connection = await new ConnectionFactory().CreateAsync(address);
                await connection.CloseAsync();
                return;
            }
            catch (Exception ex) when (ex is SocketException or AmqpException or IOException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
            catch (Exception ex) when (ex is SocketException or AmqpException or IOException)
            {
                throw new InvalidOperationException(failure ?? $"The broker at {address.Host}:{address.Port} did not come back.", ex);
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
