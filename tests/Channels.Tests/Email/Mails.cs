using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using Router.Channels.Email;
using Router.Channels.Fax;

namespace Router.Channels.Tests.Email;

/// <summary>Readers and mails for the tests: raw text parsed as the IMAP worker would, or built with MimeKit.</summary>
internal static class Mails
{
    public const string Mailbox = "support";

    public static MailReader Reader(MailReaderOptions? options = null, FaxOptions? fax = null) =>
        new(Options.Create(options ?? new MailReaderOptions()), fax is null ? null : Options.Create(fax));

    public static MailReading Read(MimeMessage mail, MailReaderOptions? options = null) => Reader(options).Read(mail, Mailbox);

    /// <summary>The message of a reading that must not be quarantined.</summary>
    public static InboundMessage Item(this MailReading reading)
    {
        Assert.Null(reading.QuarantineReason);
        return Assert.IsType<InboundMessage>(reading.Message);
    }

    /// <summary>Parses raw mail text (line endings made CRLF) from UTF-8 bytes.</summary>
    public static MimeMessage Parse(string raw) => Parse(Encoding.UTF8.GetBytes(raw.ReplaceLineEndings("\r\n")));

    public static MimeMessage Parse(byte[] raw) => MimeMessage.Load(new MemoryStream(raw));

    /// <summary>A plain-text mail from <paramref name="from"/>.</summary>
    public static MimeMessage Plain(
        string from = "Jane Doe <jane@example.com>", string subject = "Order 42", string text = "Where is my order?", string? messageId = "m1@example.com")
    {
        var mail = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        mail.From.Add(MailboxAddress.Parse(from));
        mail.To.Add(MailboxAddress.Parse("support@router.example"));
        if (messageId is null)
        {
            mail.Headers.Remove(HeaderId.MessageId);
        }
        else
        {
            mail.MessageId = messageId;
        }

        return mail;
    }

    /// <summary>A mail with a text body and the given parts attached.</summary>
    public static MimeMessage WithAttachments(string text, params MimeEntity[] attachments)
    {
        var mail = Plain(text: text);
        var mixed = new Multipart("mixed") { new TextPart("plain") { Text = text } };
        foreach (var attachment in attachments)
        {
            mixed.Add(attachment);
        }

        mail.Body = mixed;
        return mail;
    }

    /// <summary>An attachment of <paramref name="content"/> bytes.</summary>
    public static MimePart File(string name, string type, byte[] content) => new(type)
    {
        FileName = name,
        Content = new MimeContent(new MemoryStream(content)),
        ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
        ContentTransferEncoding = ContentEncoding.Base64,
    };
}
