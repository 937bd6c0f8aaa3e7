using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MimeKit;

namespace Router.Channels.Email;

/// <summary>
/// Thread and join keys of a mail: <c>email:msgid:{id}</c> for its own Message-ID and the ones it answers, and
/// <c>email:subject:{sender}:{normalised subject}</c> for mail that names none. The SMTP sender must key the
/// Message-IDs of agents' replies with <see cref="MessageIdKey"/> too, so answers to them find their item.
/// </summary>
internal static partial class MailThreading
{
    /// <summary>Prefix of Message-ID keys.</summary>
    public const string MessageIdPrefix = "email:msgid:";

    /// <summary>Prefix of sender+subject keys.</summary>
    public const string SubjectPrefix = "email:subject:";

    // Longer ids (legal up to a 998-character line) are hashed so keys stay small; both sides hash alike.
    private const int MaxKeyIdLength = 250;
    private const int MaxAncestors = 20;
    private const int MaxReferences = 20;
    private const int MaxSubjectKeyLength = 200;

    /// <summary>A Message-ID without angle brackets or white space; null when nothing is left.</summary>
    public static string? CleanId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var clean = new string(id.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).TrimStart('<').TrimEnd('>');
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>The key form of a Message-ID: cleaned, and hashed when very long.</summary>
    public static string? KeyId(string? id) => CleanId(id) is { } clean
        ? clean.Length <= MaxKeyIdLength ? clean : $"sha256:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clean)))}"
        : null;

    /// <summary>The thread/join key of a Message-ID (any form: with or without brackets).</summary>
    public static string? MessageIdKey(string? id) => KeyId(id) is { } key ? MessageIdPrefix + key : null;

    /// <summary>The sender+subject key; null when the subject is empty once normalised.</summary>
    public static string? SubjectKey(string sender, string? subject) =>
        NormaliseSubject(subject) is { Length: > 0 } normalised ? $"{SubjectPrefix}{sender.ToLowerInvariant()}:{normalised}" : null;

    /// <summary>Keys of the mails this one answers: In-Reply-To first, then References from the most recent back.</summary>
    public static IEnumerable<string> AncestorKeys(MimeMessage mail) =>
        new[] { mail.InReplyTo }.Concat(mail.References.Reverse())
            .Select(MessageIdKey).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxAncestors);

    /// <summary>
    /// The References a reply should carry: this mail's References (or its In-Reply-To) and its own Message-ID. A long
    /// chain keeps its first id (the thread's root) and the most recent ones, as RFC 5322 suggests.
    /// </summary>
    public static JsonArray ReplyReferences(MimeMessage mail, string? messageId)
    {
        List<string?> chain = mail.References.Count > 0 ? [.. mail.References] : [mail.InReplyTo];
        chain.Add(messageId);
        var ids = chain.Select(CleanId).OfType<string>().Where(id => id.Length <= MaxKeyIdLength).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > MaxReferences)
        {
            ids = [ids[0], .. ids.TakeLast(MaxReferences - 1)];
        }

        return new JsonArray(ids.Select(id => (JsonNode)JsonValue.Create(id)).ToArray());
    }

    /// <summary>
    /// The subject without reply and forward prefixes in common languages (Re:, Fwd:, AW:, SV: …) or leading [tags],
    /// however often repeated, white space collapsed, lower-cased.
    /// </summary>
    public static string NormaliseSubject(string? subject)
    {
        var text = MailText.OneLine(subject, 2000);
        try
        {
            text = Prefixes().Replace(text, "");
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological subject keeps its prefixes: threading by subject is a convenience.
        }

        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return text.Length <= MaxSubjectKeyLength ? text : text[..MaxSubjectKeyLength];
    }

    [GeneratedRegex(
        @"^(?:\s*(?:(?:re|fwd?|aw|wg|sv|vs|vb|antw|doorst|tr|rif|res|enc|odp|ynt|回复|回覆|答复|转发|轉寄)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]|\[[^\]]{0,200}\]))+\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex Prefixes();
}
