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
