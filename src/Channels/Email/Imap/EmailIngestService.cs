using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Router.Channels.Email.Imap;

/// <summary>Reads every configured mailbox: per mailbox, under its lease, one watcher per folder. Nothing without mailboxes.</summary>
internal sealed class EmailIngestService(IOptions<EmailOptions> options, MailboxLease lease, FolderWatcher watcher) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(options.Value.Mailboxes.Select(mailbox => lease.RunAsync(
            mailbox,
            held => Task.WhenAll(mailbox.WatchedFolders.Select(folder => Task.Run(() => watcher.RunAsync(mailbox, folder, held), held))),
            stoppingToken)));
}
