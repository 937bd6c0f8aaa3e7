using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Router.FaultTests.Infrastructure;

/// <summary>
/// A dovecot IMAP server of the fault run's own, started through scripts/lib/dovecot.sh as the integration tests'
/// DovecotServer does: private even when scripts/test.sh exports <c>ROUTER_TEST_IMAP</c>, because the run stops it and
/// other test classes share that one. Any user name logs in with <see cref="Password"/>; a restart keeps port and mail.
/// </summary>
internal sealed class PrivateDovecot : IAsyncDisposable
{
    /// <summary>DOVECOT_TEST_PASSWORD in scripts/lib/dovecot.sh.</summary>
    public const string Password = "router-test";

    private const string Name = "fault";
    private const string HowToFix =
        "The fault suite starts its own dovecot with scripts/lib/dovecot.sh: run it as root (apt installs dovecot-core and " +
        "dovecot-imapd), or install them first.";

    private readonly string stateDir;
    private bool stopped;

    private PrivateDovecot(string stateDir, int port)
    {
        this.stateDir = stateDir;
        Port = port;
    }

    public const string Host = "127.0.0.1";

    public int Port { get; }

    public static async Task<PrivateDovecot> StartAsync()
    {
        var server = new PrivateDovecot(Directory.CreateTempSubdirectory("router-fault-dovecot-").FullName, FreePort());
        await server.StartAgainAsync();
        server.StopAfterThisProcess();
        return server;
    }

    /// <summary>Starts it (again) on the same port and mail directory.</summary>
    public Task StartAgainAsync() =>
        RunAsync($"dovecot_install; dovecot_start {Name} {Port.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>SIGTERM: every connection drops and the port closes; the mail stays.</summary>
    public Task StopAsync() => RunAsync($"dovecot_stop {Name}");

    public async ValueTask DisposeAsync()
    {
        if (!stopped)
        {
            stopped = true;
            await RunAsync($"dovecot_stop {Name}; rm -rf \"$ROUTER_STATE_DIR\"");
        }
    }

    private async Task RunAsync(string commands)
    {
        var info = new ProcessStartInfo("bash", ["-c", $"set -eu; source \"$0\"; {commands}", Script()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ROUTER_STATE_DIR"] = stateDir;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{commands}` (scripts/lib/dovecot.sh) failed. {HowToFix}\n{await stdout}\n{await stderr}");
        }
    }

    // The test host is often killed rather than ended, so no dispose runs: a detached shell stops dovecot after it.
    private void StopAfterThisProcess()
    {
        var watch = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; source \"$0\"; dovecot_stop {Name}; rm -rf \"$ROUTER_STATE_DIR\"";
        var info = new ProcessStartInfo("setsid", ["bash", "-c", watch, Script()])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ROUTER_STATE_DIR"] = stateDir;
        Process.Start(info)!.Dispose();
    }

    private static string Script() => Path.Combine(RouterBinary.RepoRoot(), "scripts", "lib", "dovecot.sh");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
