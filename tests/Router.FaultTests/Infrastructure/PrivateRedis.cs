using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Router.FaultTests.Infrastructure;

/// <summary>
/// A redis-server of the fault suite's own (it gets killed, so it cannot be the shared test server), with
/// <c>appendfsync always</c>: whatever it acknowledged is on disk, so a SIGKILL and restart from the AOF loses nothing
/// the router acknowledged.
/// </summary>
internal sealed class PrivateRedis : IAsyncDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("router-fault-redis-").FullName;
    private Process? process;

    private PrivateRedis(int port) => Port = port;

    public int Port { get; }

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    public static async Task<PrivateRedis> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var redis = new PrivateRedis(port);
        await redis.RestartAsync();
        return redis;
    }

    /// <summary>SIGKILL: no shutdown, no final fsync.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the server on the same port and directory, so it reloads its AOF.</summary>
    public async Task RestartAsync()
    {
        try
        {
            process = Process.Start(new ProcessStartInfo("redis-server",
            [
                "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes",
                "--appendfsync", "always", "--dir", dir, "--daemonize", "no",
            ])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("The fault suite needs redis-server on PATH: run scripts/test.sh, which installs it.", ex);
        }

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var connection = await ConnectionMultiplexer.ConnectAsync(ConnectionString + ",connectTimeout=500");
                await connection.GetDatabase().PingAsync(); // LOADING until the AOF is read back
                return;
            }
            catch (Exception ex) when (ex is RedisConnectionException or RedisServerException && deadline.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        Directory.Delete(dir, recursive: true);
    }
}
