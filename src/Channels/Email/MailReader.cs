using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Router.Channels.Fax;

namespace Router.Channels.Email;

/// <summary>
/// Turns a fetched mail into an <see cref="InboundMessage"/> (email, or fax when a fax gateway sent it) or a reason
/// to quarantine it. Pure: no I/O, and it never throws for what a mail contains. See docs/email.md, "Reading mail".
/// </summary>
internal sealed class MailReader
{
    private const int MaxSubjectLength = 998; // RFC 5322's line limit; longer subjects are hostile or broken

    private readonly MailReaderOptions options;
    private readonly FaxGateways fax;
    private readonly ILogger logger;

    /// <summary>Creates the reader; without fax options no mail is read as a fax unless its mailbox is a fax mailbox.</summary>
    public MailReader(IOptions<MailReaderOptions> options, IOptions<FaxOptions>? fax = null, ILogger<MailReader>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.fax = new FaxGateways(fax ?? Options.Create(new FaxOptions()));
        this.logger = logger ?? NullLogger<MailReader>.Instance;
    }

    /// <summary>
    /// Reads <paramref name="mail"/> fetched from <paramref name="mailbox"/>, a mailbox of <paramref name="channel"/>
    /// (<see cref="ChannelKind.Fax"/>: every mail in it is a fax, whichever gateway sent it).
    /// </summary>
    public MailReading Read(MimeMessage mail, string mailbox, ChannelKind channel = ChannelKind.Email)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        if (channel is not (ChannelKind.Email or ChannelKind.Fax))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "A mailbox holds email or fax.");
        }

        try
        {
            return ReadMail(mail, mailbox, channel);
        }
#pragma warning disable CA1031 // whatever a hostile mail makes MimeKit, AngleSharp or PdfPig throw must quarantine it, not stop the mailbox
        catch (Exception e)
#pragma warning restore CA1031
        {
            MailReaderLog.Unreadable(logger, mailbox, e.GetType().Name, e);
            return new MailReading(null, $"the mail could not be read ({e.GetType().Name})", Automatic: false);
        }
    }

    /// <summary>
    /// Parses and reads a raw mail (as fetched with <c>GetStreamAsync</c>); bytes that are no MIME message at all
    /// are quarantined instead of throwing, as MailKit's <c>GetMessageAsync</c> would.
    /// </summary>
    public MailReading Read(Stream raw, string mailbox, ChannelKind channel = ChannelKind.Email)
    {
        ArgumentNullException.ThrowIfNull(raw);
        MimeMessage mail;
        try
        {
            mail = MimeMessage.Load(raw);
        }
        catch (FormatException e)
        {
            MailReaderLog.Unreadable(logger, mailbox, e.GetType().Name, e);
            return new MailReading(null, "not a MIME message: its headers cannot be parsed", Automatic: false);
        }

        using (mail)
        {
            return Read(mail, mailbox, channel);
        }
    }

    private MailReading ReadMail(MimeMessage mail, string mailbox, ChannelKind channel)
    {
        if (MailSender.Find(mail) is not { } sender)
        {
            return new MailReading(null, "no sender address: From, Sender and Return-Path are missing or hold no address", Automatic: false);
        }

        if (AutomaticMail.IsReportOnAutomaticMail(mail))
        {
            return new MailReading(null, "a delivery report about automatic mail (such as an acknowledgement): nobody needs it", Automatic: true);
        }

        var automatic = AutomaticMail.Reason(mail, sender);
        var parts = MailParts.Split(mail);
        var reference = MailIdentity.Reference(mail);
        var subject = MailText.OneLine(mail.Subject, MaxSubjectLength);
        var text = MailText.Of(parts, options.MaxTextCharacters, out var truncated);
        var attachments = MailAttachments.Read(
            parts.Files, MailAttachments.Locator(mailbox, reference), options.MaxAttachmentBytes, options.MaxAttachments);
        var content = new MailContent(
            mailbox, reference, MailIdentity.MessageId(mail), sender, subject, text, truncated, attachments,
            Math.Max(0, parts.Files.Count - options.MaxAttachments), parts.HasHtml, automatic);

        // A gateway's mail is a fax even from a no-reply address; it is never acknowledged by mail either, since the
        // gateway, not the caller, would receive the acknowledgement.
        var gateway = fax.Find(sender.Address, subject);
        return gateway is not null || channel == ChannelKind.Fax
            ? new MailReading(FaxMessage.Build(content, gateway, fax.DefaultRegion), null, Automatic: true)
            : new MailReading(EmailMessage.Build(mail, content, options), null, Automatic: automatic is not null);
    }
}
