using System.Globalization;

namespace Router.IntegrationTests.Email.Servers;

/// <summary>
/// A real dovecot IMAP server: the one in <c>ROUTER_TEST_IMAP</c>, where any user name logs in with
/// <c>ROUTER_TEST_IMAP_PASSWORD</c> (scripts/test.sh sets both), else one started here through scripts/lib/dovecot.sh.
/// Tests that stop the server or change its capabilities start a private one.
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    /// <summary>DOVECOT_TEST_PASSWORD in scripts/lib/dovecot.sh.</summary>
    private const string OwnPassword = "router-test";

    private const string HowToFix =
        "Run scripts/test.sh (installs and starts dovecot), or set ROUTER_TEST_IMAP=host:port and ROUTER_TEST_IMAP_PASSWORD " +
        "(a dovecot where any user logs in with that password, as scripts/lib/dovecot.sh configures it), " +
        "or install dovecot-core and dovecot-imapd.";

    private static readonly Lazy<Task<DovecotServer>> Shared = new(StartSharedAsync);
    private readonly string? stateDir;
    private readonly string name;
    private readonly string extraConfig;
    private bool shared;

    private DovecotServer(string host, int port, string password, string? stateDir, string name, string extraConfig)
    {
        Host = host;
        Port = port;
        Password = password;
        this.stateDir = stateDir;
        this.name = name;
        this.extraConfig = extraConfig;
    }

    public string Host { get; }

    public int Port { get; }

    /// <summary>The password every user name logs in with.</summary>
    public string Password { get; }

    /// <summary>The server all tests share; each test uses users of its own.</summary>
    public static Task<DovecotServer> GetAsync() => Shared.Value;

    /// <summary>A server for one test, which may stop and restart it; <paramref name="extraConfig"/> goes into dovecot.conf.</summary>
    public static async Task<DovecotServer> StartPrivateAsync(string extraConfig = "")
    {
        var dir = Directory.CreateTempSubdirectory("router-test-dovecot-").FullName;
        var server = new DovecotServer("127.0.0.1", ScriptedServer.FreePort(), OwnPassword, dir, "p", extraConfig);
        await server.StartAsync();
        ScriptedServer.StopAfterThisProcess("dovecot", dir, "dovecot_stop p; rm -rf \"$ROUTER_STATE_DIR\"");
        return server;
    }

    /// <summary>Stops a private server; the shared one lives as long as the test run.</summary>
    public async ValueTask DisposeAsync()
    {
        if (stateDir is not null && !shared)
        {
            await StopAsync();
        }
    }

    /// <summary>A user of its own: dovecot lets any name log in with <see cref="Password"/> and makes its mailbox on first login.</summary>
    public ImapUser NewUser() => new(this, "u" + Guid.NewGuid().ToString("N")[..12], Password);

    /// <summary>Starts (again, on the same port and mail) a private server.</summary>
    public Task StartAsync() => ScriptedServer.RunAsync(
        "dovecot", Dir, $"dovecot_install; dovecot_start {name} {Port.ToString(CultureInfo.InvariantCulture)} {Quote(extraConfig)}", HowToFix);

    /// <summary>Stops a private server (SIGTERM: connections drop, mail stays).</summary>
    public Task StopAsync() => ScriptedServer.RunAsync("dovecot", Dir, $"dovecot_stop {name}", HowToFix);

    private string Dir => stateDir ?? throw new InvalidOperationException("Only a private dovecot can be stopped or started.");

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static async Task<DovecotServer> StartSharedAsync()
    {
        var named = Environment.GetEnvironmentVariable("ROUTER_TEST_IMAP");
        if (!string.IsNullOrWhiteSpace(named))
        {
            var password = Environment.GetEnvironmentVariable("ROUTER_TEST_IMAP_PASSWORD");
            if (string.IsNullOrEmpty(password))
            {
                throw new InvalidOperationException($"ROUTER_TEST_IMAP is set but ROUTER_TEST_IMAP_PASSWORD is not. {HowToFix}");
            }

            var (host, port) = ScriptedServer.Endpoint(named, "ROUTER_TEST_IMAP");
            return new DovecotServer(host, port, password, null, "", "");
        }

        var own = await StartPrivateAsync();
        own.shared = true;
        return own;
    }
}
