using Microsoft.Extensions.Logging;
using System.Text.RegularExpressions;
using MailKit;
using MailKit.Net.Imap;

namespace Router.Channels.Email.Imap;

/// <summary>Moves or flags a finished message, and quarantines one that cannot become an item.</summary>
internal sealed partial class MailDisposal(ILogger<MailDisposal> logger, IIngestErrors? errors = null)
{
    /// <summary>Keyword on processed mail (flag mode, or when the move failed).</summary>
    public const string ProcessedKeyword = "$RouterProcessed";

    /// <summary>Keyword on quarantined mail the server would not move.</summary>
    public const string QuarantinedKeyword = "$RouterQuarantined";

    /// <summary>The item is durable: move the message to the processed folder, or flag it.</summary>
    public async Task DoneAsync(MailboxOptions mailbox, ImapSession session, UniqueId uid, CancellationToken cancellationToken)
    {
        if (session.Processed is { } processed)
        {
            try
            {
                await session.Watched.MoveToAsync(uid, processed, cancellationToken);
                return;
            }
            catch (ImapCommandException)
            {
                // The server refused the move (quota, permissions). The item is durable, so flag it and go on.
                Log.MoveRefused(logger, mailbox.Name, session.Watched.FullName, uid.Id, processed.FullName);
            }
        }

        await FlagAsync(session, uid, ProcessedKeyword, cancellationToken);
    }

    /// <summary>
    /// Moves the message to the quarantine folder, logs why (addresses in the reason are masked) and counts it in
    /// <c>router.ingest.errors</c> under <paramref name="label"/> (a fixed word: too_large, unparseable …).
    /// </summary>
    public async Task QuarantineAsync(
        MailboxOptions mailbox, ImapSession session, UniqueId uid, string label, string reason, CancellationToken cancellationToken)
    {
        Log.Quarantined(logger, mailbox.Name, session.Watched.FullName, uid.Id, Redact(reason));
        errors?.Report(mailbox.Channel, label);
        try
        {
            await session.Watched.MoveToAsync(uid, session.Quarantine, cancellationToken);
        }
        catch (ImapCommandException)
        {
            Log.MoveRefused(logger, mailbox.Name, session.Watched.FullName, uid.Id, session.Quarantine.FullName);
            await FlagAsync(session, uid, QuarantinedKeyword, cancellationToken);
        }
    }

    private static async Task FlagAsync(ImapSession session, UniqueId uid, string keyword, CancellationToken cancellationToken) =>
        await session.Watched.StoreAsync(uid, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen, [keyword]) { Silent = true }, cancellationToken);

    /// <summary>Reasons come from the reader and may quote a header: never let an address reach the log.</summary>
    internal static string Redact(string reason) => Address().Replace(reason, "[address]");

    [GeneratedRegex(@"[^\s<>""'(),;:]+@[^\s<>""'(),;:]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Address();
}
