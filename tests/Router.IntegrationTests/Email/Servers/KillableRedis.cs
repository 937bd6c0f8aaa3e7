using System.Diagnostics;
using System.Globalization;

namespace Router.IntegrationTests.Email.Servers;

/// <summary>
/// A redis-server for one test that kills it (so not the shared one), with <c>appendfsync always</c>: a restart on the
/// same port and directory reloads everything it acknowledged.
/// </summary>
public sealed class KillableRedis : IAsyncDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("router-test-redis-email-").FullName;
    private readonly int port = ScriptedServer.FreePort();
    private Process? process;

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port},abortConnect=false");

    public static async Task<KillableRedis> StartAsync()
    {
        var redis = new KillableRedis();
        await redis.RestartAsync();
        return redis;
    }

    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    public async Task RestartAsync()
    {
        process = Process.Start(new ProcessStartInfo("redis-server",
        [
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes",
            "--appendfsync", "always", "--dir", dir, "--daemonize", "no",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server did not start; run scripts/test.sh, which installs it.");
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var tcp = new System.Net.Sockets.TcpClient();
                await tcp.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server does not listen on {port}.");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
        Directory.Delete(dir, recursive: true);
    }
}
