using System.Text.RegularExpressions;
using MimeKit;

namespace Router.Channels.Email;

/// <summary>
/// Recognises mail that no person wrote, so it is never acknowledged (acknowledging it starts mail loops): auto-replies
/// (RFC 3834), delivery and read reports (RFC 3464, 8098), bulk and list mail, and machine senders.
/// </summary>
internal static partial class AutomaticMail
{
    /// <summary>Why the mail is automatic, as a short code rules can test (<c>auto-replied</c>, <c>delivery-status</c> …); null for a person's mail.</summary>
    public static string? Reason(MimeMessage mail, MailSender sender)
    {
        var headers = mail.Headers;
        if (mail.Body is MultipartReport report)
        {
            return report.ReportType?.ToLowerInvariant() switch
            {
                "delivery-status" => "delivery-status",
                "disposition-notification" => "read-receipt",
                _ => "report",
            };
        }

        if (AutoSubmitted(headers) is { } submitted)
        {
            return submitted is "auto-replied" or "auto-generated" or "auto-notified" ? submitted : "auto-submitted";
        }

        var precedence = Token(headers["Precedence"]);
        if (precedence is "bulk" or "junk" or "list" or "auto_reply")
        {
            return precedence == "auto_reply" ? "auto-replied" : precedence;
        }

        return headers.Contains("List-Id") || headers.Contains("List-Unsubscribe") ? "list"
            : headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond") ? "auto-replied"
            : Token(headers["X-Auto-Response-Suppress"]) is { } suppress && suppress != "none" ? "auto-response-suppress"
            : headers[HeaderId.ReturnPath]?.Trim() == "<>" ? "null-return-path"
            : sender.LocalPart is "mailer-daemon" or "postmaster" ? "mailer-daemon"
            : NoReply().IsMatch(sender.LocalPart) ? "no-reply"
            : null;
    }

    /// <summary>
    /// True for a delivery report about automatic mail: the returned message or headers carry an Auto-Submitted
    /// other than "no", as the router's acknowledgements do. Such a bounce tells no agent anything.
    /// </summary>
    public static bool IsReportOnAutomaticMail(MimeMessage mail) =>
        mail.Body is MultipartReport report
        && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase)
        && report.OfType<MessagePart>().Any(returned => returned.Message is { } message && AutoSubmitted(message.Headers) is not null);

    // RFC 3834: "no" means a person sent it; any other value (auto-generated, auto-replied, extensions) means not.
    private static string? AutoSubmitted(HeaderList headers) =>
        Token(headers["Auto-Submitted"]) is { } value && value != "no" ? value : null;

    private static string? Token(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var token = value.Split(';', 2)[0].Trim().ToLowerInvariant();
        return token.Length == 0 ? null : token;
    }

    [GeneratedRegex(@"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply)(?:[-_.+].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NoReply();
}
