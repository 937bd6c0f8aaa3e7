using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Router.IntegrationTests.Infrastructure;

/// <summary>
/// The real redis-server the integration tests use: the one named by <c>ROUTER_TEST_REDIS</c> (scripts/test.sh sets
/// it), else one started here from <c>redis-server</c> on PATH on a free loopback port. With neither, tests fail and
/// say how to get one; they never skip.
/// </summary>
public sealed class RedisServer
{
    private static readonly Lazy<Task<RedisServer>> Shared = new(StartAsync);
    private Process? process;

    private RedisServer(string connectionString) => ConnectionString = connectionString;

    /// <summary>A StackExchange.Redis connection string for the server.</summary>
    public string ConnectionString { get; }

    /// <summary>The server every test in this run shares (tests isolate themselves by workspace).</summary>
    public static Task<RedisServer> GetAsync() => Shared.Value;

    private static async Task<RedisServer> StartAsync()
    {
        var named = Environment.GetEnvironmentVariable("ROUTER_TEST_REDIS");
        if (!string.IsNullOrWhiteSpace(named))
        {
            await EnsureAnswersAsync(named, $"ROUTER_TEST_REDIS={named} does not answer PING. Start it, or run scripts/test.sh.");
            return new RedisServer(named);
        }

        var port = FreePort();
        var dir = Directory.CreateTempSubdirectory("router-test-redis-").FullName;
        Process started;
        try
        {
            started = Process.Start(new ProcessStartInfo("redis-server",
                ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "yes", "--dir", dir, "--daemonize", "no"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                "No Redis for the integration tests: run scripts/test.sh (installs and starts one), " +
                "or set ROUTER_TEST_REDIS=host:port, or install redis-server.", ex);
        }

        var server = new RedisServer($"127.0.0.1:{port}") { process = started };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        await EnsureAnswersAsync(server.ConnectionString, $"redis-server started on port {port} but does not answer PING.");
        return server;
    }

    private void Stop()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
        }
    }

    private static async Task EnsureAnswersAsync(string connectionString, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString + ",connectTimeout=1000");
                await redis.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            catch (RedisConnectionException ex)
            {
                throw new InvalidOperationException(failure, ex);
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
