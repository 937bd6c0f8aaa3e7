using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email.Servers;

/// <summary>
/// Runs the project's own server scripts (scripts/lib/*.sh) so tests and scripts/test.sh start dovecot and the SMTP
/// sink the same way: install if missing (apt), start on a free loopback port, stop.
/// </summary>
internal static class ScriptedServer
{
    /// <summary>Runs <c>source scripts/lib/{lib}.sh; {commands}</c> with ROUTER_STATE_DIR set; throws with the output on failure.</summary>
    public static async Task RunAsync(string lib, string stateDir, string commands, string howToFix)
    {
        var script = Path.Combine(RouterTestHost.RepoRoot(), "scripts", "lib", $"{lib}.sh");
        var start = new ProcessStartInfo("bash", ["-c", $"set -eu; source \"$0\"; {commands}", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ROUTER_STATE_DIR"] = stateDir;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{commands}` (scripts/lib/{lib}.sh) failed with {process.ExitCode}. {howToFix}\n{await stdout}\n{await stderr}");
        }
    }

    /// <summary>
    /// Runs the commands once the test process is gone, however it ends (the test host is often killed, so
    /// ProcessExit handlers do not run): a detached shell watches this process and stops the server after it.
    /// </summary>
    public static void StopAfterThisProcess(string lib, string stateDir, string commands)
    {
        var script = Path.Combine(RouterTestHost.RepoRoot(), "scripts", "lib", $"{lib}.sh");
        var watch = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; source \"$0\"; {commands}";
        var start = new ProcessStartInfo("setsid", ["bash", "-c", watch, script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ROUTER_STATE_DIR"] = stateDir;
        Process.Start(start)!.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Splits <c>host:port</c> from an environment variable.</summary>
    public static (string Host, int Port) Endpoint(string value, string variable)
    {
        var colon = value.LastIndexOf(':');
        return colon > 0 && int.TryParse(value[(colon + 1)..], out var port)
            ? (value[..colon], port)
            : throw new InvalidOperationException($"{variable}={value} is not host:port.");
    }
}
