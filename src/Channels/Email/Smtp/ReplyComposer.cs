using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Router.Channels.Email.Smtp;

/// <summary>Builds the MIME message of a reply: addressing, thread headers, automatic-mail marks, plain text.</summary>
internal static class ReplyComposer
{
    /// <summary>Longer chains keep the first and the newest IDs (as RFC 5322 §3.6.4 suggests), bounding the header.</summary>
    private const int MaxReferences = 20;

    public static MimeMessage Compose(OutboundMessage outbound, ReplyAddress reply, MailboxAddress from, MailboxAddress to, DateTimeOffset now)
    {
        var mail = new MimeMessage { Date = now, Subject = Subject(outbound.Subject, reply.Subject) };
        mail.From.Add(from);
        mail.To.Add(to);
        mail.MessageId = MessageId(outbound.MessageId, from.Domain);
        if (reply.MessageId is { } parent)
        {
            mail.InReplyTo = parent;
            var chain = reply.References.Where(r => r != parent).Distinct(StringComparer.Ordinal).Append(parent).ToList();
            var kept = chain.Count <= MaxReferences ? chain : chain.Take(1).Concat(chain.TakeLast(MaxReferences - 1));
            foreach (var id in kept)
            {
                mail.References.Add(id);
            }
        }

        if (outbound.Automatic)
        {
            // RFC 3834: robots must not answer it; the Microsoft header keeps Exchange out-of-office replies away.
            mail.Headers.Add(HeaderId.AutoSubmitted, "auto-generated");
            mail.Headers.Add("X-Auto-Response-Suppress", "All");
        }

        mail.Headers.Add("X-Router-Item", outbound.ItemId);
        mail.Body = new TextPart("plain") { Text = outbound.Text };
        return mail;
    }

    private static string Subject(string? subject, string? original)
    {
        if (!string.IsNullOrWhiteSpace(subject))
        {
            return subject;
        }

        original ??= "";
        return original.StartsWith("re:", StringComparison.OrdinalIgnoreCase) ? original : $"Re: {original}".TrimEnd();
    }

    /// <summary>Stable for a given outbound id, so a retried send carries the same Message-ID and recipients see one mail.</summary>
    private static string MessageId(string outboundId, string domain)
    {
        var local = outboundId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_') && outboundId.Length <= 100
            ? outboundId
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(outboundId)))[..40];
        return $"router.{local}@{(string.IsNullOrEmpty(domain) ? "router.invalid" : domain)}";
    }
}
