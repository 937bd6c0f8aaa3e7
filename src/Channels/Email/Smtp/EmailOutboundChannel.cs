using Microsoft.Extensions.Logging;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Router.Channels.Email.Smtp;

/// <summary>
/// Replies to email (and fax) items over SMTP: to the address the reader stored, from the item's mailbox's From,
/// threaded under the customer's message. A fax item's reply goes by email to the gateway address its fax came from.
/// </summary>
internal sealed class EmailOutboundChannel(
    ChannelKind channel, SmtpSender sender, IOptionsMonitor<EmailOptions> options, TimeProvider time, ILogger<EmailOutboundChannel> logger)
    : IOutboundChannel
{
    public ChannelKind Channel { get; } = channel;

    public async Task<OutboundReceipt> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.CurrentValue;
        var reply = ReplyAddress.From(message.ReplyTo);
        var refusal = Refusal(settings, reply, message.Automatic, out var from, out var to);
        if (refusal is not null)
        {
            return Refused(message, refusal);
        }

        var mail = ReplyComposer.Compose(message, reply, from!, to!, time.GetUtcNow());
        try
        {
            await sender.SendAsync(mail, cancellationToken);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            return Refused(message, $"the mail server refused it: {(int)ex.StatusCode} ({ex.ErrorCode})");
        }
        catch (SmtpNotSentException ex)
        {
            // Known not sent (no connection, or only 4xx answers, on every attempt): safe to send again later, so say so
            // rather than throw, which would mean "may have gone out".
            return Refused(message, $"nothing went out, send it again later: {ex.Message}");
        }

        Log.Sent(logger, message.ItemId, Channel.Name(), message.Automatic);
        return new OutboundReceipt(OutboundReceipt.Sent, mail.MessageId);
    }

    private OutboundReceipt Refused(OutboundMessage message, string reason)
    {
        Log.Refused(logger, message.ItemId, reason);
        return new OutboundReceipt(OutboundReceipt.Refused, null, reason);
    }

    private static string? Refusal(EmailOptions settings, ReplyAddress reply, bool automatic, out MailboxAddress? from, out MailboxAddress? to)
    {
        from = null;
        to = null;
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            return "email is not configured (Router:Email:Smtp:Host is empty)";
        }

        if (reply.Address is null || !MailboxAddress.TryParse(reply.Address, out to) || to.Domain.Length == 0)
        {
            return "the item has no email address to reply to";
        }

        if (automatic && (reply.Automatic || RobotAddress.Is(reply.Address)))
        {
            return "automatic mail is never sent to an automatic sender";
        }

        var mailbox = settings.Mailboxes.FirstOrDefault(m => string.Equals(m.Name, reply.Mailbox, StringComparison.OrdinalIgnoreCase));
        var address = mailbox?.From ?? settings.Smtp.From;
        if (address is null)
        {
            return $"no From address for mailbox '{reply.Mailbox}' (set its From, or Router:Email:Smtp:From)";
        }

        to = new MailboxAddress(reply.Name ?? "", to.Address);
        from = new MailboxAddress(mailbox?.From is null ? settings.Smtp.FromName ?? "" : mailbox.FromName ?? "", address);
        return null;
    }
}
