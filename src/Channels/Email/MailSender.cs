using MimeKit;

namespace Router.Channels.Email;

/// <summary>Who sent a mail: the first usable address of From, else of Sender, else of Return-Path.</summary>
/// <param name="Address">The address, lower-cased.</param>
/// <param name="Name">The display name, if one was given.</param>
/// <param name="Source">The header it came from: From, Sender or Return-Path.</param>
internal sealed record MailSender(string Address, string? Name, string Source)
{
    /// <summary>The local part of <see cref="Address"/> (before the last @).</summary>
    public string LocalPart => Address[..Address.LastIndexOf('@')];

    /// <summary>
    /// The sender, or null when no header names a usable address. From is missing or broken in some scanner and
    /// script mail whose Sender or Return-Path still says who sent it; that is better than losing the mail.
    /// </summary>
    public static MailSender? Find(MimeMessage mail)
    {
        if (First(mail.From) is { } from)
        {
            return new MailSender(Normalise(from.Address), NameOf(from), "From");
        }

        if (mail.Sender is { } sender && IsUsable(sender.Address))
        {
            return new MailSender(Normalise(sender.Address), NameOf(sender), "Sender");
        }

        return ReturnPath(mail) is { } returnPath ? new MailSender(returnPath, null, "Return-Path") : null;
    }

    /// <summary>The first usable mailbox of an address list (groups included), or null.</summary>
    public static MailboxAddress? First(InternetAddressList list) =>
        list.Mailboxes.FirstOrDefault(mailbox => IsUsable(mailbox.Address));

    /// <summary>Up to <paramref name="limit"/> usable addresses of a list, lower-cased.</summary>
    public static IEnumerable<string> Addresses(InternetAddressList list, int limit) =>
        list.Mailboxes.Where(mailbox => IsUsable(mailbox.Address)).Select(mailbox => Normalise(mailbox.Address)).Distinct().Take(limit);

    /// <summary>True for <c>local@domain</c> with both parts present and no white space (MimeKit accepts less).</summary>
    public static bool IsUsable(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 320 || address.Any(char.IsWhiteSpace) || address.Any(char.IsControl))
        {
            return false;
        }

        var at = address.LastIndexOf('@');
        return at > 0 && at < address.Length - 1;
    }

    private static string Normalise(string address) => address.Trim().ToLowerInvariant();

    private static string? NameOf(MailboxAddress mailbox) =>
        string.IsNullOrWhiteSpace(mailbox.Name) ? null : MailText.OneLine(mailbox.Name, 200);

    private static string? ReturnPath(MimeMessage mail)
    {
        var value = mail.Headers[HeaderId.ReturnPath]?.Trim();
        if (string.IsNullOrEmpty(value) || value == "<>" || !MailboxAddress.TryParse(value, out var parsed))
        {
            return null;
        }

        return IsUsable(parsed.Address) ? Normalise(parsed.Address) : null;
    }
}
