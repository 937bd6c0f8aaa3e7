using Microsoft.Extensions.Logging;
using System.Text.Json;
using MailKit;
using Microsoft.Extensions.Options;
using MimeKit;
using Router.Channels.Email.Acknowledgement;

namespace Router.Channels.Email.Imap;

/// <summary>
/// Takes one message from a watched folder to a durable work item and only then moves (or flags) it; a message that
/// cannot become an item goes to the quarantine folder instead, so it never holds up the mail behind it.
/// </summary>
internal sealed class MessageIngest(
    MailReader reader,
    IInboundSink sink,
    Acknowledger acknowledger,
    MailDisposal disposal,
    IOptions<EmailOptions> options,
    ILogger<MessageIngest> logger,
    IIngestErrors? errors = null)
{
    public async Task IngestAsync(MailboxOptions mailbox, ImapSession session, UniqueId uid, uint? size, CancellationToken cancellationToken)
    {
        var folder = session.Watched.FullName;
        if (size > options.Value.MaxMessageBytes)
        {
            await disposal.QuarantineAsync(mailbox, session, uid, "too_large", $"larger than {options.Value.MaxMessageBytes} bytes", cancellationToken);
            return;
        }

        MimeMessage mail;
        try
        {
            using var raw = await session.Watched.GetStreamAsync(uid, cancellationToken);
            mail = await MimeMessage.LoadAsync(raw, cancellationToken);
        }
        catch (MessageNotFoundException)
        {
            Log.Vanished(logger, mailbox.Name, folder, uid.Id); // expunged by someone else meanwhile
            return;
        }
        catch (FormatException)
        {
            await disposal.QuarantineAsync(mailbox, session, uid, "unparseable", "the MIME structure cannot be parsed", cancellationToken);
            return;
        }

        using (mail)
        {
            await IngestAsync(mailbox, session, uid, mail, cancellationToken);
        }
    }

    private async Task IngestAsync(MailboxOptions mailbox, ImapSession session, UniqueId uid, MimeMessage mail, CancellationToken cancellationToken)
    {
        var reading = Read(mail, mailbox);
        if (reading.Message is not { } message)
        {
            await disposal.QuarantineAsync(mailbox, session, uid, "unreadable", reading.QuarantineReason ?? "the mail reader gave no message", cancellationToken);
            return;
        }

        InboundReceipt receipt;
        try
        {
            receipt = await sink.AcceptAsync(message, cancellationToken);
        }
        catch (Exception ex) when (IsPoison(ex))
        {
            await disposal.QuarantineAsync(mailbox, session, uid, "intake_refused", $"intake refused it ({ex.GetType().Name})", cancellationToken);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            errors?.Report(mailbox.Channel, "store_unavailable");
            throw new IntakeUnavailableException(ex);
        }

        await disposal.DoneAsync(mailbox, session, uid, cancellationToken);
        Log.Ingested(logger, mailbox.Name, session.Watched.FullName, uid.Id, receipt.ItemId, Outcome(receipt));
        acknowledger.Consider(mailbox, reading, receipt);
    }

    private MailReading Read(MimeMessage mail, MailboxOptions mailbox)
    {
        try
        {
            return reader.Read(mail, mailbox.Name, mailbox.Channel);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reader promises not to throw for what a mail contains; should it anyway, one message must not stall the mailbox.
            return new MailReading(null, $"the mail reader failed ({ex.GetType().Name})", Automatic: false);
        }
    }

    /// <summary>Intake throws these for a message it will never take; anything else (Redis away) is worth retrying.</summary>
    private static bool IsPoison(Exception ex) => ex is ArgumentException or FormatException or JsonException or InvalidDataException;

    private static string Outcome(InboundReceipt receipt) => receipt switch
    {
        { Joined: true } => "joined",
        { Created: true } => "created",
        _ => "duplicate",
    };
}
