using System.Globalization;
using MimeKit;

namespace Router.IntegrationTests.Email.Servers;

/// <summary>
/// A real SMTP server that keeps what it receives: the aiosmtpd sink in <c>ROUTER_TEST_SMTP</c> writing to the maildir
/// <c>ROUTER_TEST_SMTP_DIR</c> (scripts/test.sh sets both), else one started here through scripts/lib/smtp.sh.
/// </summary>
public sealed class SmtpSink
{
    private const string HowToFix =
        "Run scripts/test.sh (installs and starts the sink), or set ROUTER_TEST_SMTP=host:port and ROUTER_TEST_SMTP_DIR=<maildir>, " +
        "or install python3-aiosmtpd.";

    private static readonly Lazy<Task<SmtpSink>> Shared = new(StartAsync);

    private SmtpSink(string host, int port, string maildir)
    {
        Host = host;
        Port = port;
        Maildir = maildir;
    }

    public string Host { get; }

    public int Port { get; }

    public string Maildir { get; }

    public static Task<SmtpSink> GetAsync() => Shared.Value;

    /// <summary>Every message delivered so far to <paramref name="address"/> (tests use addresses of their own).</summary>
    public async Task<List<MimeMessage>> MessagesToAsync(string address)
    {
        var found = new List<MimeMessage>();
        foreach (var sub in new[] { "new", "cur" })
        {
            var dir = Path.Combine(Maildir, sub);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir))
            {
                var mail = await MimeMessage.LoadAsync(file);
                if (mail.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(mail);
                }
            }
        }

        return found;
    }

    private static async Task<SmtpSink> StartAsync()
    {
        var named = Environment.GetEnvironmentVariable("ROUTER_TEST_SMTP");
        if (!string.IsNullOrWhiteSpace(named))
        {
            var dir = Environment.GetEnvironmentVariable("ROUTER_TEST_SMTP_DIR");
            if (string.IsNullOrWhiteSpace(dir))
            {
                throw new InvalidOperationException($"ROUTER_TEST_SMTP is set but ROUTER_TEST_SMTP_DIR is not. {HowToFix}");
            }

            var (host, port) = ScriptedServer.Endpoint(named, "ROUTER_TEST_SMTP");
            return new SmtpSink(host, port, dir);
        }

        var state = Directory.CreateTempSubdirectory("router-test-smtp-").FullName;
        var free = ScriptedServer.FreePort();
        await ScriptedServer.RunAsync("smtp", state, $"smtp_install; smtp_start t {free.ToString(CultureInfo.InvariantCulture)}", HowToFix);
        ScriptedServer.StopAfterThisProcess("smtp", state, "smtp_stop t; rm -rf \"$ROUTER_STATE_DIR\"");
        return new SmtpSink("127.0.0.1", free, Path.Combine(state, "smtp-t", "maildir"));
    }
}
