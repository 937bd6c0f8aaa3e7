using MimeKit;
using Router.Channels.Fax;
using Router.Channels.Tests.Email;

namespace Router.Channels.Tests.Fax;

/// <summary>Gateway mails and a gateway configuration like an operator would write.</summary>
internal static class FaxMails
{
    public const string Gateway = "acme-fax";

    public static FaxOptions Options(Action<FaxGatewayOptions>? change = null)
    {
        var gateway = new FaxGatewayOptions
        {
            Name = Gateway,
            SubjectPattern = "^Fax (from|von) ",
            NumberPattern = @"(?:from|von|Caller ID:)\s*(?<number>\+?[0-9][0-9 ()./-]{5,20}[0-9])",
            Region = "US",
        };
        gateway.Senders.Add("@fax.acme.example");
        change?.Invoke(gateway);
        var options = new FaxOptions();
        options.Gateways.Add(gateway);
        return options;
    }

    public static MimeMessage Mail(
        string subject = "Fax from +1 201-555-0123", string text = "You have received a fax.", string from = "noreply@fax.acme.example", params MimeEntity[] documents)
    {
        var mail = Mails.WithAttachments(text, documents);
        mail.From.Clear();
        mail.From.Add(MailboxAddress.Parse(from));
        mail.Subject = subject;
        mail.MessageId = "fax-1@fax.acme.example";
        return mail;
    }

    public static MimePart Pdf(int pages, string name = "fax.pdf") => Mails.File(name, "application/pdf", FaxDocuments.Pdf(pages));

    public static MimePart Tiff(int pages, string name = "fax.tif") => Mails.File(name, "image/tiff", FaxDocuments.Tiff(pages));
}
