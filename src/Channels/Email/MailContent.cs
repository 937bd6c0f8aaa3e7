namespace Router.Channels.Email;

/// <summary>What was read from a mail, before it becomes an email or a fax message.</summary>
/// <param name="Mailbox">The configured mailbox it was fetched from.</param>
/// <param name="Reference">Its Message-ID in key form, or <c>sha256:{hex}</c> of its bytes.</param>
/// <param name="MessageId">Its Message-ID in key form, if it has one.</param>
/// <param name="Sender">Who sent it.</param>
/// <param name="Subject">The subject on one line, cut to a sane length.</param>
/// <param name="Text">The plain text.</param>
/// <param name="Truncated">True when the text was cut.</param>
/// <param name="Attachments">The files listed.</param>
/// <param name="AttachmentsOmitted">Files beyond the listing limit.</param>
/// <param name="HasHtml">True when it had an HTML body.</param>
/// <param name="Automatic">Why it is automatic mail, or null.</param>
internal sealed record MailContent(
    string Mailbox,
    string Reference,
    string? MessageId,
    MailSender Sender,
    string Subject,
    string Text,
    bool Truncated,
    IReadOnlyList<ReadAttachment> Attachments,
    int AttachmentsOmitted,
    bool HasHtml,
    string? Automatic);
