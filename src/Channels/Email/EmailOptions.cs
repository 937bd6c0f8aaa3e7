using System.ComponentModel.DataAnnotations;
using Router.Channels.Email.Acknowledgement;
using Router.Channels.Email.Smtp;

namespace Router.Channels.Email;

/// <summary>The email channel (<c>Router:Email</c>): mailboxes to read, SMTP to answer through, acknowledgements.</summary>
public sealed class EmailOptions
{
    /// <summary>The config section.</summary>
    public const string SectionName = "Router:Email";

    /// <summary>IMAP mailboxes to read; none: the channel reads nothing.</summary>
    public List<MailboxOptions> Mailboxes { get; set; } = [];

    /// <summary>Outgoing mail.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Automatic acknowledgement of new items.</summary>
    public AcknowledgementOptions Acknowledgement { get; set; } = new();

    /// <summary>Larger messages are quarantined unread (their size comes from the server). <value>25 MiB</value></summary>
    [Range(1024, long.MaxValue)]
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>How long a router instance holds a mailbox without renewing; another takes over after that. <value>60</value></summary>
    [Range(2, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>First wait before reconnecting to a server that went away; doubles (with jitter) per failure. <value>1000</value></summary>
    [Range(10, 60_000)]
    public int ReconnectFirstDelayMilliseconds { get; set; } = 1000;

    /// <summary>Longest wait between reconnect attempts. <value>60</value></summary>
    [Range(1, 3600)]
    public int ReconnectMaxDelaySeconds { get; set; } = 60;
}
