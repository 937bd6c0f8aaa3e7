using System.Security.Cryptography;
using MimeKit;

namespace Router.Channels.Email;

/// <summary>What identifies a mail across redeliveries: its Message-ID, or a hash of its bytes when it has none.</summary>
internal static class MailIdentity
{
    /// <summary>The Message-ID in key form, or null when the mail has none.</summary>
    public static string? MessageId(MimeMessage mail) =>
        MailThreading.KeyId(mail.MessageId ?? mail.Headers[HeaderId.MessageId]);

    /// <summary>The Message-ID in key form, else <c>sha256:{hex}</c> of the whole mail as it was received.</summary>
    public static string Reference(MimeMessage mail) => MessageId(mail) ?? $"sha256:{ContentHash(mail)}";

    /// <summary>
    /// SHA-256 of the headers and body. MimeKit writes a parsed message back byte for byte, so the same mail fetched
    /// again hashes the same; the line-ending format is pinned so the hash does not depend on the platform.
    /// </summary>
    public static string ContentHash(MimeMessage mail)
    {
        using var sha256 = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha256, CryptoStreamMode.Write, leaveOpen: true))
        {
            var format = FormatOptions.Default.Clone();
            format.NewLineFormat = NewLineFormat.Dos;
            mail.WriteTo(format, hashing);
        }

        return Convert.ToHexStringLower(sha256.Hash!);
    }
}
