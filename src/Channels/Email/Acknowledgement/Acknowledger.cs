using Microsoft.Extensions.Logging;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Router.Channels.Email.Acknowledgement;

/// <summary>
/// Decides whether a new item's sender gets an acknowledgement and queues it, so ingest never waits for SMTP. Only
/// items newly created (not duplicates, not replies that joined an item) from people (not automatic senders) qualify.
/// Queued acknowledgements live in memory: a crash can lose one, never send one twice.
/// </summary>
internal sealed class Acknowledger(IOptionsMonitor<EmailOptions> options, ILogger<Acknowledger> logger)
{
    private const int Capacity = 1000;

    private readonly Channel<AcknowledgementRequest> queue = Channel.CreateBounded<AcknowledgementRequest>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public ChannelReader<AcknowledgementRequest> Pending => queue.Reader;

    public void Consider(MailboxOptions mailbox, MailReading reading, InboundReceipt receipt)
    {
        var settings = options.CurrentValue;
        if (!settings.Acknowledgement.Enabled || !receipt.Created || receipt.Joined)
        {
            return;
        }

        var replyTo = reading.Message?.ReplyTo;
        var address = replyTo?["address"]?.GetValue<string>();
        if (replyTo is null || string.IsNullOrWhiteSpace(address))
        {
            Log.NotAcknowledged(logger, receipt.ItemId, "no reply address");
            return;
        }

        // The reader calls fax mail automatic too: the acknowledgement would reach the gateway, not the person who faxed.
        if (reading.Automatic)
        {
            Log.NotAcknowledged(logger, receipt.ItemId, "automatic sender or fax");
            return;
        }

        if (IsOurs(address, settings))
        {
            Log.NotAcknowledged(logger, receipt.ItemId, "sent from one of our own addresses");
            return;
        }

        if (!queue.Writer.TryWrite(new AcknowledgementRequest(mailbox.Name, receipt.ItemId, address, replyTo, reading.Message!.Subject)))
        {
            Log.NotAcknowledged(logger, receipt.ItemId, "acknowledgement queue full");
        }
    }

    private static bool IsOurs(string address, EmailOptions settings) =>
        settings.Mailboxes.Select(m => m.From).Append(settings.Smtp.From)
            .Any(from => string.Equals(from, address, StringComparison.OrdinalIgnoreCase));
}
