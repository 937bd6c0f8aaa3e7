using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Router.Channels.Email;

/// <summary>
/// Turns a MIME message into an <see cref="InboundMessage"/>: sender handle, thread keys, plain text, attachments.
/// (Placeholder: the full reader — charsets, HTML, attachments, automatic-mail detection, fax gateways — replaces it.)
/// </summary>
internal sealed class MailReader(IOptions<MailReaderOptions> options)
{
    private readonly MailReaderOptions options = options.Value;

    /// <summary>Reads <paramref name="mail"/> fetched from <paramref name="mailbox"/>.</summary>
    public MailReading Read(MimeMessage mail, string mailbox)
    {
        ArgumentNullException.ThrowIfNull(mail);
        _ = options.MaxAttachmentBytes;
        var from = mail.From.Mailboxes.FirstOrDefault();
        if (from is null)
        {
            return new MailReading(null, "no From address", Automatic: false);
        }

        var key = $"email:{mailbox}:{mail.MessageId ?? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(mail.ToString())))}";
        var message = new InboundMessage(
            ChannelKind.Email, key, new JsonObject { ["email"] = from.Address, ["name"] = from.Name }, mail.Subject, mail.TextBody, null)
        {
            Handles = [ContactHandle.Email(from.Address)],
            ReplyTo = new JsonObject { ["mailbox"] = mailbox, ["address"] = from.Address, ["messageId"] = mail.MessageId, ["subject"] = mail.Subject },
        };
        return new MailReading(message, null, Automatic: false);
    }
}
