using MimeKit;

namespace Router.Channels.Email;

/// <summary>
/// Splits a mail into the text an agent reads and the parts that are files. Of the alternatives in a
/// multipart/alternative only one is read (plain text if there is any, else HTML); files inside the others, such as
/// screenshots pasted into the HTML, are still files. Attached messages (message/rfc822) are files, never read as text.
/// </summary>
internal sealed class MailParts
{
    private MailParts()
    {
    }

    /// <summary>Inline text/plain and text/html parts, in order.</summary>
    public List<TextPart> Body { get; } = [];

    /// <summary>Every other leaf part, attached messages included, in order.</summary>
    public List<MailPart> Files { get; } = [];

    /// <summary>True when the mail had an HTML body (read or not).</summary>
    public bool HasHtml { get; private set; }

    /// <summary>Splits <paramref name="mail"/>.</summary>
    public static MailParts Split(MimeMessage mail)
    {
        var parts = new MailParts();
        switch (mail.Body)
        {
            case Multipart root: // its children are sections 1, 2 …; the multipart itself has no number
                parts.WalkChildren(root, "", readText: true);
                break;
            case { } single:
                parts.Walk(single, "1", readText: true);
                break;
            default:
                break;
        }

        return parts;
    }

    private static string Child(string specifier, int index) => specifier.Length == 0 ? $"{index + 1}" : $"{specifier}.{index + 1}";

    private static bool IsBodyText(MimeEntity entity) => entity is TextPart { IsAttachment: false } text && (text.IsPlain || text.IsHtml);

    private static bool Contains(MimeEntity entity, Func<TextPart, bool> wanted) => entity switch
    {
        Multipart multipart => multipart.Any(child => Contains(child, wanted)),
        TextPart text => IsBodyText(text) && wanted(text),
        _ => false,
    };

    // RFC 2046 orders alternatives from plainest to richest; agents get plain text when the sender wrote one.
    private static int Preferred(Multipart alternative)
    {
        for (var i = 0; i < alternative.Count; i++)
        {
            if (Contains(alternative[i], text => text.IsPlain))
            {
                return i;
            }
        }

        for (var i = 0; i < alternative.Count; i++)
        {
            if (Contains(alternative[i], text => text.IsHtml))
            {
                return i;
            }
        }

        return -1;
    }

    private void WalkChildren(Multipart multipart, string specifier, bool readText)
    {
        var alternative = string.Equals(multipart.ContentType.MediaSubtype, "alternative", StringComparison.OrdinalIgnoreCase);
        var chosen = alternative && readText ? Preferred(multipart) : -1;
        for (var i = 0; i < multipart.Count; i++)
        {
            Walk(multipart[i], Child(specifier, i), alternative ? i == chosen : readText);
        }
    }

    private void Walk(MimeEntity entity, string specifier, bool readText)
    {
        switch (entity)
        {
            case Multipart multipart:
                WalkChildren(multipart, specifier, readText);
                break;
            case TextPart text when IsBodyText(text):
                HasHtml |= text.IsHtml;
                if (readText)
                {
                    Body.Add(text);
                }

                break;
            default:
                Files.Add(new MailPart(entity, specifier));
                break;
        }
    }
}
