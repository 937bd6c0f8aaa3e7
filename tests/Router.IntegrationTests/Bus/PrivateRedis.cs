using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Router.IntegrationTests.Bus;

/// <summary>A redis-server of one test's own, which the test may stop and start again (same port, same data).</summary>
public sealed class PrivateRedis : IAsyncDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("router-test-redis-private-").FullName;
    private readonly int port;
    private Process? process;

    private PrivateRedis(int port) => this.port = port;

    /// <summary>A connection string that gives up quickly while the server is down, so a test need not wait long.</summary>
    public string ConnectionString => $"127.0.0.1:{port},connectTimeout=500,syncTimeout=500,asyncTimeout=500";

    public static async Task<PrivateRedis> StartAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var redis = new PrivateRedis(((IPEndPoint)listener.LocalEndpoint).Port);
        listener.Stop();
        await redis.StartAgainAsync();
        return redis;
    }

    public async Task StartAgainAsync()
    {
        process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--dir", dir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},connectTimeout=200");
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
