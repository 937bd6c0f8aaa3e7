using MailKit;
using MailKit.Net.Imap;

namespace Router.Channels.Email.Imap;

/// <summary>One authenticated IMAP connection with the watched folder open and the folders mail is moved to.</summary>
internal sealed class ImapSession(ImapClient client, IMailFolder watched, IMailFolder? processed, IMailFolder quarantine) : IAsyncDisposable
{
    public ImapClient Client { get; } = client;

    public IMailFolder Watched { get; } = watched;

    /// <summary>Null when the mailbox flags processed mail instead of moving it.</summary>
    public IMailFolder? Processed { get; } = processed;

    public IMailFolder Quarantine { get; } = quarantine;

    public bool CanIdle => Client.Capabilities.HasFlag(ImapCapabilities.Idle);

    /// <summary>
    /// Selects the watched folder again, so the session sees the folder its name stands for now. A NOOP does not
    /// reliably tell a folder deleted and recreated under the session: dovecot may answer it with an untagged NO and
    /// go on serving the old folder's empty view, where new mail never shows. A fresh SELECT opens the new folder (its
    /// new UIDVALIDITY makes <see cref="FolderSync"/> read it all), or fails when the folder is gone.
    /// </summary>
    public async Task ReselectAsync(CancellationToken cancellationToken) =>
        await Watched.OpenAsync(FolderAccess.ReadWrite, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Client.IsConnected)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await Client.DisconnectAsync(true, quick.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or OperationCanceledException
            or ImapProtocolException or ImapCommandException or ServiceNotConnectedException)
        {
            // The connection is being dropped anyway; a polite LOGOUT is best effort.
        }
        finally
        {
            Client.Dispose();
        }
    }
}
