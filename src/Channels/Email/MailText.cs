using System.Text;
using MimeKit;

namespace Router.Channels.Email;

/// <summary>
/// The plain text of a mail: its body parts decoded in their charset (or the best guess when it is missing, unknown
/// or wrong), HTML turned into text, control characters dropped, attached messages named in one line each.
/// </summary>
internal static class MailText
{
    private const int HtmlPerText = 10;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the body parts and a line per attached message, cut at <paramref name="maxCharacters"/>.</summary>
    public static string Of(MailParts parts, int maxCharacters, out bool truncated)
    {
        var text = new StringBuilder();
        var htmlCut = false;
        foreach (var part in parts.Body)
        {
            var decoded = Decode(part);
            if (part.IsHtml && decoded.Length > maxCharacters * HtmlPerText)
            {
                // Markup outweighs its text many times over, but parsing megabytes of it only to cut the text is waste.
                decoded = decoded[..(maxCharacters * HtmlPerText)];
                htmlCut = true;
            }

            Append(text, part.IsHtml ? HtmlText.ToPlainText(decoded) : Clean(decoded));
        }

        // An attached message is kept as a file; one line says it is there, its text is not mixed into this one.
        foreach (var attached in parts.Files.Select(file => file.Entity).OfType<MessagePart>())
        {
            if (attached.Message is { } message)
            {
                var from = MailSender.First(message.From)?.Address ?? "unknown sender";
                Append(text, $"[attached message \"{OneLine(message.Subject, 200)}\" from {from}]");
            }
        }

        var result = Cut(text.ToString(), maxCharacters, out truncated);
        truncated |= htmlCut;
        return result;
    }

    /// <summary>The decoded text of one part, in its declared charset when that is known and plausible.</summary>
    public static string Decode(TextPart part)
    {
        if (part.Content is null)
        {
            return "";
        }

        // A declared charset, a byte-order mark or an HTML <meta charset>; "us-ascii" is so often a lie about 8-bit
        // UTF-8 or Latin text that it is treated as undeclared (pure ASCII reads the same either way).
        if (part.TryDetectEncoding(out var encoding, out _) && encoding.CodePage != 20127)
        {
            return part.GetText(encoding);
        }

        using var bytes = new MemoryStream();
        part.Content.DecodeTo(bytes);
        try
        {
            return StrictUtf8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        }
        catch (DecoderFallbackException)
        {
            return MailCharsets.Western.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        }
    }

    /// <summary>One line of at most <paramref name="maxCharacters"/>: line breaks and control characters become spaces.</summary>
    public static string OneLine(string? value, int maxCharacters)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var line = new StringBuilder(Math.Min(value.Length, maxCharacters));
        foreach (var c in value)
        {
            line.Append(char.IsControl(c) ? ' ' : c);
        }

        return Cut(line.ToString().Trim(), maxCharacters, out _, note: false);
    }

    /// <summary>Line endings as \n, control characters other than tab and newline dropped, outer blank lines trimmed.</summary>
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            if (c is '\n' or '\t' || !char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Trim('\n', ' ', '\t').TrimEnd();
    }

    private static void Append(StringBuilder text, string part)
    {
        if (part.Length == 0)
        {
            return;
        }

        text.Append(text.Length == 0 ? "" : "\n\n").Append(part);
    }

    private static string Cut(string text, int maxCharacters, out bool truncated, bool note = true)
    {
        truncated = text.Length > maxCharacters;
        if (!truncated)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[maxCharacters - 1]) ? maxCharacters - 1 : maxCharacters;
        return note ? $"{text[..end]}\n\n[text cut here: {text.Length - end} more characters]" : text[..end];
    }
}
