using System.Globalization;
using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;

namespace Router.IntegrationTests.Email.Servers;

/// <summary>A test's own IMAP user: appends raw mail (byte for byte, broken mail too) and looks into folders.</summary>
public sealed class ImapUser(DovecotServer server, string name, string password)
{
    public string Name { get; } = name;

    public string Password { get; } = password;

    public DovecotServer Server { get; } = server;

    /// <summary>APPENDs the bytes as they are (a LITERAL+ literal, so MIME is never re-encoded); returns the new UID.</summary>
    public async Task<uint> AppendAsync(byte[] raw, string folder = "INBOX")
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Server.Host, Server.Port);
        var stream = tcp.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await ReadUntilAsync(reader, line => line.Contains("ready", StringComparison.OrdinalIgnoreCase));
        await WriteAsync(stream, $"a1 LOGIN {Name} {Password}\r\n");
        await ReadUntilAsync(reader, line => line.StartsWith("a1 ", StringComparison.Ordinal), expectOk: true);
        await WriteAsync(stream, $"a2 APPEND \"{folder}\" {{{raw.Length.ToString(CultureInfo.InvariantCulture)}+}}\r\n");
        await stream.WriteAsync(raw);
        await WriteAsync(stream, "\r\n");
        var done = await ReadUntilAsync(reader, line => line.StartsWith("a2 ", StringComparison.Ordinal), expectOk: true);
        await WriteAsync(stream, "a3 LOGOUT\r\n");
        var appendUid = done.IndexOf("APPENDUID ", StringComparison.Ordinal);
        return uint.Parse(done[(appendUid + 10)..].Split(' ', ']')[1], CultureInfo.InvariantCulture);
    }

    /// <summary>Messages in the folder; 0 when it does not exist (yet).</summary>
    public async Task<int> CountAsync(string folder)
    {
        using var client = await ConnectAsync();
        try
        {
            var box = await client.GetFolderAsync(folder);
            await box.OpenAsync(FolderAccess.ReadOnly);
            return box.Count;
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>The Message-IDs of the mail in a folder.</summary>
    public async Task<List<string>> MessageIdsAsync(string folder)
    {
        using var client = await ConnectAsync();
        var box = await client.GetFolderAsync(folder);
        await box.OpenAsync(FolderAccess.ReadOnly);
        var all = await box.SearchAsync(SearchQuery.All);
        return all.Count == 0 ? [] : (await box.FetchAsync(all, MessageSummaryItems.Envelope)).Select(s => s.Envelope?.MessageId ?? "").ToList();
    }

    /// <summary>Whether each message in the folder is \Seen and carries <paramref name="keyword"/>.</summary>
    public async Task<List<bool>> SeenWithKeywordAsync(string folder, string keyword)
    {
        using var client = await ConnectAsync();
        var box = await client.GetFolderAsync(folder);
        await box.OpenAsync(FolderAccess.ReadOnly);
        var all = await box.SearchAsync(SearchQuery.All);
        return all.Count == 0
            ? []
            : (await box.FetchAsync(all, MessageSummaryItems.Flags))
                .Select(m => m.Flags!.Value.HasFlag(MessageFlags.Seen) && m.Keywords.Contains(keyword)).ToList();
    }

    public async Task<uint> CreateFolderAsync(string folder)
    {
        using var client = await ConnectAsync();
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        var created = await root.CreateAsync(folder, true);
        await created!.StatusAsync(StatusItems.UidValidity);
        return created.UidValidity;
    }

    public async Task DeleteFolderAsync(string folder)
    {
        using var client = await ConnectAsync();
        await (await client.GetFolderAsync(folder)).DeleteAsync();
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync(Server.Host, Server.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(Name, Password);
        return client;
    }

    private static Task WriteAsync(NetworkStream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text)).AsTask();

    private static async Task<string> ReadUntilAsync(StreamReader reader, Func<string, bool> done, bool expectOk = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token) ?? throw new IOException("The IMAP server closed the connection.");
            if (!done(line))
            {
                continue;
            }

            return !expectOk || line.Split(' ')[1] == "OK" ? line : throw new IOException($"IMAP answered: {line}");
        }
    }
}
