using MimeKit;

namespace Router.Channels.Email.Acknowledgement;

/// <summary>
/// A second, header-only look for automatic mail before anything automatic is sent (the mail reader decides first;
/// this guards against a reader that misses one, because a missed one means two robots mailing each other forever).
/// </summary>
internal static class AutomaticMail
{
    private static readonly string[] RobotLocalParts = ["noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "mailer-daemon", "postmaster", "bounce", "bounces"];

    /// <summary>
    /// True for RFC 3834 <c>Auto-Submitted</c> other than <c>no</c>, bulk/list/junk <c>Precedence</c>, mailing-list
    /// headers, an empty return path (bounces), delivery reports and Microsoft's auto-reply headers.
    /// </summary>
    public static bool LooksAutomatic(MimeMessage mail)
    {
        var headers = mail.Headers;
        var autoSubmitted = headers[HeaderId.AutoSubmitted]?.Trim();
        if (!string.IsNullOrEmpty(autoSubmitted) && !autoSubmitted.StartsWith("no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var precedence = headers[HeaderId.Precedence]?.Trim();
        if (precedence is not null && (precedence.Equals("bulk", StringComparison.OrdinalIgnoreCase)
            || precedence.Equals("list", StringComparison.OrdinalIgnoreCase) || precedence.Equals("junk", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return headers.Contains(HeaderId.ListId)
            || headers.Contains(HeaderId.ListUnsubscribe)
            || headers.Contains("X-Autoreply")
            || headers.Contains("X-Autorespond")
            || headers["X-Auto-Response-Suppress"] is not null && headers["X-Auto-Response-Suppress"]!.Contains("All", StringComparison.OrdinalIgnoreCase)
            || headers[HeaderId.ReturnPath]?.Trim() == "<>"
            || mail.Body is MultipartReport
            || mail.From.Mailboxes.Any(m => IsRobotAddress(m.Address));
    }

    /// <summary>True for addresses that by convention nobody reads (no-reply, mailer-daemon, bounces …).</summary>
    public static bool IsRobotAddress(string? address)
    {
        var at = address?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0)
        {
            return false;
        }

        var local = address![..at].Split('+')[0];
        return RobotLocalParts.Any(r => local.Equals(r, StringComparison.OrdinalIgnoreCase));
    }
}
