using System.Text;
using MimeKit;
using MimeKit.IO;

namespace Router.Channels.Email;

/// <summary>
/// Lists a mail's files: name, type, decoded size and a locator, <c>imap:{mailbox}:{message}:part:{section}</c>,
/// from which the mailbox adapter can fetch the part. Files over the size limit are listed as rejected, with no locator.
/// </summary>
internal static class MailAttachments
{
    private const int MaxNameLength = 255;

    /// <summary>The first <paramref name="maxCount"/> files, measured against <paramref name="maxBytes"/>.</summary>
    public static List<ReadAttachment> Read(IEnumerable<MailPart> files, string locator, long maxBytes, int maxCount) =>
        files.Take(maxCount).Select(file => Read(file, locator, maxBytes)).ToList();

    /// <summary>The locator of a mail's parts: mailbox and the mail's reference (Message-ID or content hash).</summary>
    public static string Locator(string mailbox, string reference) => $"imap:{mailbox}:{reference}";

    private static ReadAttachment Read(MailPart file, string locator, long maxBytes)
    {
        var size = Measure(file.Entity);
        var listed = new MessageAttachment(Name(file.Entity), file.Entity.ContentType.MimeType.ToLowerInvariant(), size);
        listed = size > maxBytes
            ? listed with { Rejected = $"larger than the {maxBytes}-byte limit" }
            : listed with { Reference = $"{locator}:part:{file.Specifier}" };
        return new ReadAttachment(file.Entity, listed);
    }

    private static long Measure(MimeEntity entity)
    {
        using var measure = new MeasuringStream();
        switch (entity)
        {
            case MimePart { Content: { } content }:
                content.DecodeTo(measure);
                break;
            case MessagePart { Message: { } message }:
                message.WriteTo(measure);
                break;
            default:
                break;
        }

        return measure.Length;
    }

    private static string Name(MimeEntity entity)
    {
        var name = entity switch
        {
            MimePart part => part.FileName,
            MessagePart { Message: { } message } => string.IsNullOrWhiteSpace(message.Subject)
                ? "message.eml"
                : $"{message.Subject.Replace('/', '-').Replace('\\', '-')}.eml",
            _ => null,
        };
        return Sanitise(name ?? "");
    }

    // Senders' names may carry a path ("C:\fakepath\x.pdf"), control characters or a thousand characters.
    private static string Sanitise(string name)
    {
        var leaf = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var clean = new StringBuilder(leaf.Length);
        foreach (var c in leaf)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        var trimmed = clean.ToString().Trim();
        return trimmed.Length <= MaxNameLength ? trimmed : trimmed[..MaxNameLength];
    }
}
