using MailKit;
using MailKit.Net.Imap;

namespace Router.Channels.Email.Imap;

/// <summary>Connects, logs in and opens a watched folder, creating the processed and quarantine folders when missing.</summary>
internal static class ImapConnector
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    public static async Task<ImapSession> OpenAsync(MailboxOptions mailbox, string folder, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = (int)CommandTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(mailbox.Host, mailbox.Port, mailbox.Security.ToSocketOptions(), cancellationToken);
            await client.AuthenticateAsync(mailbox.User, Secrets.Resolve(mailbox.Password, mailbox.PasswordFile) ?? "", cancellationToken);
            var processed = mailbox.AfterIntake == AfterIntake.Move
                ? await GetOrCreateAsync(client, mailbox.ProcessedFolder, cancellationToken)
                : null;
            var quarantine = await GetOrCreateAsync(client, mailbox.QuarantineFolder, cancellationToken);
            var watched = string.Equals(folder, MailboxOptions.DefaultFolder, StringComparison.OrdinalIgnoreCase)
                ? client.Inbox
                : await client.GetFolderAsync(folder, cancellationToken);
            await watched.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            return new ImapSession(client, watched, processed, quarantine);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task<IMailFolder> GetOrCreateAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                ?? throw new FolderNotFoundException(name);
        }
    }
}
