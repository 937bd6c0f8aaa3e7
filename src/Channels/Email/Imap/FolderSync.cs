using Microsoft.Extensions.Logging;
using MailKit;
using MailKit.Search;

namespace Router.Channels.Email.Imap;

/// <summary>
/// Reads every message a folder received since its cursor, oldest first, and advances the cursor after each. When
/// there is no cursor yet, or the folder's UIDVALIDITY changed (the UIDs were renumbered), it reads everything still
/// unprocessed in the folder; intake's idempotency keys turn what it had already seen into nothing new.
/// </summary>
internal sealed class FolderSync(IChannelState state, MessageIngest ingest, ILogger<FolderSync> logger)
{
    /// <summary>Reads what is new; returns how many messages it handled.</summary>
    public async Task<int> RunAsync(MailboxOptions mailbox, ImapSession session, CancellationToken cancellationToken)
    {
        var folder = session.Watched;
        var key = FolderCursor.Key(mailbox.Name, folder.FullName);
        var stored = await state.GetAsync(key, cancellationToken);
        var cursor = FolderCursor.Parse(stored);
        IList<UniqueId> uids;
        if (cursor is null || cursor.UidValidity != folder.UidValidity)
        {
            Log.Resync(logger, mailbox.Name, folder.FullName, cursor?.UidValidity ?? 0, folder.UidValidity);
            uids = await folder.SearchAsync(
                mailbox.AfterIntake == AfterIntake.Flag ? SearchQuery.NotKeyword(MailDisposal.ProcessedKeyword) : SearchQuery.All,
                cancellationToken);
            cursor = new FolderCursor(folder.UidValidity, 0);
            await AdvanceAsync(key, stored, cursor, folder.FullName, cancellationToken);
        }
        else
        {
            // "n:*" always matches the highest UID, even one below n (RFC 3501), so filter.
            var after = cursor.LastUid;
            uids = (await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(new UniqueId(after + 1), UniqueId.MaxValue)), cancellationToken))
                .Where(u => u.Id > after).ToList();
        }

        if (uids.Count == 0)
        {
            return 0;
        }

        var sizes = (await folder.FetchAsync(uids, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Size), cancellationToken))
            .ToDictionary(s => s.UniqueId.Id, s => s.Size);
        foreach (var uid in uids.OrderBy(u => u.Id))
        {
            await ingest.IngestAsync(mailbox, session, uid, sizes.GetValueOrDefault(uid.Id), cancellationToken);
            var next = cursor with { LastUid = Math.Max(cursor.LastUid, uid.Id) };
            await AdvanceAsync(key, cursor.ToString(), next, folder.FullName, cancellationToken);
            cursor = next;
        }

        return uids.Count;
    }

    private async Task AdvanceAsync(string key, string? expected, FolderCursor next, string folder, CancellationToken cancellationToken)
    {
        if (expected == next.ToString())
        {
            return;
        }

        // Compare-and-set: a reader whose lease lapsed unnoticed must not move the cursor of the one that took over.
        if (!await state.CompareAndSetAsync(key, expected, next.ToString(), cancellationToken: cancellationToken))
        {
            throw new CursorMovedException(folder);
        }
    }
}
