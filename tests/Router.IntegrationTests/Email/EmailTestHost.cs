using System.Globalization;
using System.Text.RegularExpressions;
using Router.Channels.Email.Imap;
using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>Router hosts reading a test's own IMAP user, and what tests ask of them.</summary>
public static partial class EmailTestHost
{
    /// <summary>Settings for one mailbox (index 0) named <paramref name="mailbox"/> on <paramref name="user"/>, quick to reconnect.</summary>
    public static Dictionary<string, string?> MailboxSettings(ImapUser user, string mailbox, params string[] folders)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Router:Email:Mailboxes:0:Name"] = mailbox,
            ["Router:Email:Mailboxes:0:Host"] = user.Server.Host,
            ["Router:Email:Mailboxes:0:Port"] = user.Server.Port.ToString(CultureInfo.InvariantCulture),
            ["Router:Email:Mailboxes:0:Security"] = "None",
            ["Router:Email:Mailboxes:0:User"] = user.Name,
            ["Router:Email:Mailboxes:0:Password"] = user.Password,
            ["Router:Email:Mailboxes:0:From"] = $"support-{mailbox}@router.test",
            // Long enough that only IDLE can explain fast delivery on a server that has it.
            ["Router:Email:Mailboxes:0:PollSeconds"] = "120",
            ["Router:Email:LeaseSeconds"] = "3",
            ["Router:Email:ReconnectFirstDelayMilliseconds"] = "100",
            ["Router:Email:ReconnectMaxDelaySeconds"] = "1",
        };
        for (var i = 0; i < folders.Length; i++)
        {
            settings[$"Router:Email:Mailboxes:0:Folders:{i}"] = folders[i];
        }

        return settings;
    }

    /// <summary>Adds SMTP (the sink) and acknowledgements to <paramref name="settings"/>.</summary>
    public static Dictionary<string, string?> WithSmtp(this Dictionary<string, string?> settings, SmtpSink sink, bool acknowledge = false, int perSenderPerDay = 3)
    {
        settings["Router:Email:Smtp:Host"] = sink.Host;
        settings["Router:Email:Smtp:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture);
        settings["Router:Email:Smtp:Security"] = "None";
        settings["Router:Email:Smtp:Attempts"] = "1";
        settings["Router:Email:Acknowledgement:Enabled"] = acknowledge ? "true" : "false";
        settings["Router:Email:Acknowledgement:PerSenderPerDay"] = perSenderPerDay.ToString(CultureInfo.InvariantCulture);
        return settings;
    }

    public static string NewMailboxName() => "mb" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>External id (idempotency key) → item id, for every item of the host's workspace that has one.</summary>
    public static async Task<Dictionary<string, string>> ExternalIdsAsync(this RouterTestHost host) =>
        (await host.Redis.HashGetAllAsync($"router:{{{host.Workspace}}}:ext"))
            .ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);

    /// <summary>How many work items the workspace holds (duplicates would show here).</summary>
    public static async Task<int> ItemCountAsync(this RouterTestHost host) =>
        (await host.WorkspaceKeysAsync()).Count(k => ItemKey().IsMatch(k));

    [GeneratedRegex(":item:[0-9a-f-]{36}$")]
    private static partial Regex ItemKey();

    /// <summary>The item made from the mail with this Message-ID, waiting for it.</summary>
    public static async Task<string> WaitForItemAsync(this RouterTestHost host, string messageId, int timeoutMs = 10_000)
    {
        var ids = await Eventually.GetAsync(
            host.ExternalIdsAsync, e => e.Keys.Any(k => k.Contains(messageId, StringComparison.Ordinal)), $"an item for <{messageId}>", timeoutMs);
        return ids.First(e => e.Key.Contains(messageId, StringComparison.Ordinal)).Value;
    }

    public static Task WaitForItemCountAsync(this RouterTestHost host, int count, int timeoutMs = 15_000) =>
        Eventually.GetAsync(host.ItemCountAsync, n => n >= count, $"{count} items", timeoutMs);

    /// <summary>Waits until every folder of the host's mailboxes is connected (so a test measures delivery, not start-up).</summary>
    public static Task WaitUntilReadingAsync(this RouterTestHost host, int timeoutMs = 10_000) =>
        Eventually.GetAsync(
            () => Task.FromResult(host.Service<MailboxStatusBoard>().Snapshot()),
            s => s.Count > 0 && s.Values.All(f => f.State == FolderState.Reading),
            "the mailbox to be read",
            timeoutMs);
}
