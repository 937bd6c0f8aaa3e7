using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MimeKit;

namespace Router.Channels.Email;

/// <summary>Builds the <see cref="ChannelKind.Email"/> message: contact, thread and join keys, reply addressing, attributes.</summary>
internal static partial class EmailMessage
{
    private const int MaxRecipientsListed = 50;

    /// <summary>The inbound message for <paramref name="content"/> read from <paramref name="mail"/>.</summary>
    public static InboundMessage Build(MimeMessage mail, MailContent content, MailReaderOptions options)
    {
        var sender = content.Sender;
        var threadKeys = new List<ThreadKey>();
        var joinKeys = MailThreading.AncestorKeys(mail).ToList();
        if (MailThreading.MessageIdKey(content.MessageId) is { } own)
        {
            threadKeys.Add(new ThreadKey(own)); // while the item is open
        }

        // Machines reuse subjects ("Undelivered Mail Returned to Sender") for unrelated mail: automatic mail only
        // threads by the Message-IDs it names.
        if (options.SubjectThreadDays > 0 && content.Automatic is null && MailThreading.SubjectKey(sender.Address, content.Subject) is { } bySubject)
        {
            threadKeys.Add(new ThreadKey(bySubject, TimeSpan.FromDays(options.SubjectThreadDays)));
            joinKeys.Add(bySubject);
        }

        return new InboundMessage(
            ChannelKind.Email,
            $"email:{content.Mailbox}:{content.Reference}",
            new JsonObject { ["email"] = sender.Address, ["name"] = sender.Name },
            content.Subject,
            content.Text,
            Attributes(mail, content))
        {
            Handles = [ContactHandle.Email(sender.Address)],
            ThreadKeys = threadKeys,
            JoinKeys = joinKeys,
            ReplyTo = ReplyTo(mail, content),
            Attachments = content.Attachments.Select(read => read.Attachment).ToList(),
        };
    }

    private static JsonObject ReplyTo(MimeMessage mail, MailContent content)
    {
        var replyTo = MailSender.First(mail.ReplyTo);
        var messageId = mail.MessageId ?? mail.Headers[HeaderId.MessageId]; // as MailIdentity reads it
        return new JsonObject
        {
            ["mailbox"] = content.Mailbox,
            ["address"] = replyTo?.Address.ToLowerInvariant() ?? content.Sender.Address,
            ["name"] = replyTo is null ? content.Sender.Name : MailText.OneLine(replyTo.Name, 200) is { Length: > 0 } name ? name : null,
            ["messageId"] = MailThreading.CleanId(messageId),
            ["references"] = MailThreading.ReplyReferences(mail, messageId),
            ["subject"] = content.Subject,
        };
    }

    private static JsonObject Attributes(MimeMessage mail, MailContent content)
    {
        var email = new JsonObject
        {
            ["mailbox"] = content.Mailbox,
            ["to"] = Addresses(mail.To),
            ["cc"] = Addresses(mail.Cc),
            ["hasHtml"] = content.HasHtml,
        };
        AddIf(email, "automatic", content.Automatic);
        AddIf(email, "sender", content.Sender.Source == "From" ? null : content.Sender.Source);
        AddIf(email, "truncated", content.Truncated ? true : null);
        AddIf(email, "attachmentsOmitted", content.AttachmentsOmitted > 0 ? content.AttachmentsOmitted : null);
        var attributes = new JsonObject { ["email"] = email };
        // MimeKit files Content-* headers of a single-part mail under its body.
        AddIf(attributes, "language", Language(mail.Body?.Headers[HeaderId.ContentLanguage] ?? mail.Headers[HeaderId.ContentLanguage]));
        return attributes;
    }

    private static JsonArray Addresses(InternetAddressList list) =>
        new(MailSender.Addresses(list, MaxRecipientsListed).Select(address => (JsonNode)JsonValue.Create(address)).ToArray());

    private static void AddIf(JsonObject target, string name, JsonNode? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    // Content-Language: "de-CH, en" → "de": the primary subtag is what routing rules compare.
    private static string? Language(string? header)
    {
        var first = header?.Split(',', 2)[0].Trim();
        return first is not null && LanguageTag().IsMatch(first) ? first.Split('-')[0].ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LanguageTag();
}
