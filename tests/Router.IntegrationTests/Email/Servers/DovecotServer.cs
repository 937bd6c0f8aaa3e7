using System.Globalization;

namespace Router.IntegrationTests.Email.Servers;

/// <summary>
/// A real dovecot IMAP server: the one in <c>ROUTER_TEST_IMAP</c> (users added to the passwd-file in
/// <c>ROUTER_TEST_IMAP_USERS</c>; scripts/test.sh sets both), else one started here through scripts/lib/dovecot.sh.
/// Tests that stop the server or change its capabilities start a private one.
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    private const string HowToFix =
        "Run scripts/test.sh (installs and starts dovecot), or set ROUTER_TEST_IMAP=host:port and ROUTER_TEST_IMAP_USERS=<passwd-file>, " +
        "or install dovecot-core and dovecot-imapd.";

    private static readonly Lazy<Task<DovecotServer>> Shared = new(StartSharedAsync);
    private static readonly SemaphoreSlim UsersLock = new(1, 1);
    private readonly string? stateDir;
    private readonly string name;
    private readonly string extraConfig;
    private bool shared;

    private DovecotServer(string host, int port, string usersFile, string? stateDir, string name, string extraConfig)
    {
        Host = host;
        Port = port;
        UsersFile = usersFile;
        this.stateDir = stateDir;
        this.name = name;
        this.extraConfig = extraConfig;
    }

    public string Host { get; }

    public int Port { get; }

    public string UsersFile { get; }

    /// <summary>The server all tests share; each test uses users of its own.</summary>
    public static Task<DovecotServer> GetAsync() => Shared.Value;

    /// <summary>A server for one test, which may stop and restart it; <paramref name="extraConfig"/> goes into dovecot.conf.</summary>
    public static async Task<DovecotServer> StartPrivateAsync(string extraConfig = "")
    {
        var dir = Directory.CreateTempSubdirectory("router-test-dovecot-").FullName;
        var server = new DovecotServer("127.0.0.1", ScriptedServer.FreePort(), Path.Combine(dir, "dovecot-p", "users"), dir, "p", extraConfig);
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

    /// <summary>A new user with an empty mailbox, once dovecot lets it log in.</summary>
    public async Task<ImapUser> AddUserAsync()
    {
        var user = new ImapUser(this, "u" + Guid.NewGuid().ToString("N")[..12], Guid.NewGuid().ToString("N"));
        await UsersLock.WaitAsync();
        try
        {
            await File.AppendAllTextAsync(UsersFile, $"{user.Name}:{{PLAIN}}{user.Password}\n");
        }
        finally
        {
            UsersLock.Release();
        }

        // dovecot re-reads the passwd-file when its mtime changes; two additions within one second can look like one.
        for (var attempt = 0; !await user.CanLogInAsync(); attempt++)
        {
            if (attempt == 10)
            {
                throw new InvalidOperationException($"dovecot does not accept the new user {user.Name} from {UsersFile}.");
            }

            await Task.Delay(1100);
            File.SetLastWriteTimeUtc(UsersFile, DateTime.UtcNow);
        }

        return user;
    }

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
            var users = Environment.GetEnvironmentVariable("ROUTER_TEST_IMAP_USERS");
            if (string.IsNullOrWhiteSpace(users) || !File.Exists(users))
            {
                throw new InvalidOperationException($"ROUTER_TEST_IMAP is set but ROUTER_TEST_IMAP_USERS ('{users}') names no passwd-file. {HowToFix}");
            }

            var (host, port) = ScriptedServer.Endpoint(named, "ROUTER_TEST_IMAP");
            return new DovecotServer(host, port, users, null, "", "");
        }

        var own = await StartPrivateAsync();
        own.shared = true;
        return own;
    }
}
