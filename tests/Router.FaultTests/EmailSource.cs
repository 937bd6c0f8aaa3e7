using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using Router.FaultTests.Infrastructure;

namespace Router.FaultTests;

/// <summary>
/// Customers' mail, delivered into the INBOX of a mailbox both routers are configured to read (one at a time, by
/// lease): acknowledged when dovecot answers the APPEND OK. While dovecot is stopped the APPEND fails and the same
/// mail (same Message-ID) is appended again later; a mail appended twice (an OK lost with the connection) must still
/// become one item, since the router keys it <c>email:{mailbox}:{Message-ID}</c>. Each mail has its own sender and
/// subject, so none joins another's item by sender+subject.
/// </summary>
internal sealed class EmailSource(PrivateDovecot dovecot, FaultLedger ledger) : IFaultSource
{
    /// <summary>The router's name for the mailbox (the middle part of each item's key).</summary>
    public const string Mailbox = "fault-mail";

    private readonly string run = Guid.NewGuid().ToString("N")[..8];
    private readonly string user = "fault" + Guid.NewGuid().ToString("N")[..12];

    public string Name => "email";

    public string Channel => "email";

    public Dictionary<string, string> RouterEnvironment() => new()
    {
        ["Router__Email__Mailboxes__0__Name"] = Mailbox,
        ["Router__Email__Mailboxes__0__Host"] = PrivateDovecot.Host,
        ["Router__Email__Mailboxes__0__Port"] = dovecot.Port.ToString(CultureInfo.InvariantCulture),
        ["Router__Email__Mailboxes__0__Security"] = "None",
        ["Router__Email__Mailboxes__0__User"] = user,
        ["Router__Email__Mailboxes__0__Password"] = PrivateDovecot.Password,
        ["Router__Email__Acknowledgement__Enabled"] = "false", // no SMTP in this run: nothing is sent back
        // A killed router's lease lapses soon, and a stopped dovecot is tried again every second or so.
        ["Router__Email__LeaseSeconds"] = "4",
        ["Router__Email__ReconnectFirstDelayMilliseconds"] = "200",
        ["Router__Email__ReconnectMaxDelaySeconds"] = "1",
    };

    public async Task<string?> SendAsync(int n, Uri router, CancellationToken cancellationToken)
    {
        var messageId = string.Create(CultureInfo.InvariantCulture, $"fault-{run}-{n}@mail.fault.example");
        using var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress($"Customer {n}", FaultTexts.Email(Name, n)));
        mail.To.Add(new MailboxAddress("Support", "support@fault.example"));
        mail.Subject = FaultTexts.Subject(n);
        mail.MessageId = messageId;
        mail.Date = DateTimeOffset.UtcNow;
        mail.Body = new TextPart("plain") { Text = FaultTexts.Body(Name, n) };
        ledger.Remember(mail.Subject);
        ledger.Remember(FaultTexts.Body(Name, n));
        using var client = new ImapClient { Timeout = 5000 };
        try
        {
            await client.ConnectAsync(PrivateDovecot.Host, dovecot.Port, SecureSocketOptions.None, cancellationToken);
            await client.AuthenticateAsync(user, PrivateDovecot.Password, cancellationToken);
            await client.Inbox.AppendAsync(new AppendRequest(mail), cancellationToken);
        }
        catch (Exception ex) when (Failed(ex, cancellationToken))
        {
            return null;
        }

        try
        {
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception ex) when (Failed(ex, cancellationToken))
        {
            // Appended already: the mail is the server's.
        }

        return $"email:{Mailbox}:{messageId}"; // MailThreading.KeyId: the Message-ID without its angle brackets
    }

    // Dovecot away or going away; a shutting-down server may answer NO; anything else (a refused login, say) breaks the run and is thrown.
    private static bool Failed(Exception ex, CancellationToken cancellationToken) =>
        ex is IOException or SocketException or ImapProtocolException or ImapCommandException or ServiceNotConnectedException or TimeoutException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}
