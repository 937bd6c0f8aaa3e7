using System.ComponentModel.DataAnnotations;

namespace Router.Channels.Email;

/// <summary>One IMAP mailbox the router reads (an entry of <c>Router:Email:Mailboxes</c>).</summary>
public sealed class MailboxOptions
{
    /// <summary>Folder read when <see cref="Folders"/> is empty.</summary>
    public const string DefaultFolder = "INBOX";

    /// <summary>Stable name: used in state keys, item reply addressing and logs (letters, digits, <c>_ . -</c>).</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", ErrorMessage = "Name must be 1-64 letters, digits, '_', '.' or '-'.")]
    public string Name { get; set; } = "";

    /// <summary>IMAP server host name.</summary>
    [Required]
    public string Host { get; set; } = "";

    /// <summary>IMAP port. <value>993</value></summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 993;

    /// <summary>Transport security. <value>Tls</value></summary>
    public MailSecurity Security { get; set; } = MailSecurity.Tls;

    /// <summary>Login name.</summary>
    [Required]
    public string User { get; set; } = "";

    /// <summary>Password; keep it out of files: <c>Router__Email__Mailboxes__0__Password</c> or a secret provider.</summary>
    public string? Password { get; set; }

    /// <summary>A file holding the password (a mounted Docker or Kubernetes secret); wins over <see cref="Password"/>.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>Folders to watch, each on its own connection. <value>INBOX</value></summary>
    public List<string> Folders { get; set; } = [];

    /// <summary>The channel the mail becomes: <c>email</c>, or <c>fax</c> for a fax-to-email gateway's mailbox.</summary>
    public ChannelKind Channel { get; set; } = ChannelKind.Email;

    /// <summary>Move or flag a message once its item is durable. <value>Move</value></summary>
    public AfterIntake AfterIntake { get; set; } = AfterIntake.Move;

    /// <summary>Where processed mail is moved (created if missing). <value>Processed</value></summary>
    public string ProcessedFolder { get; set; } = "Processed";

    /// <summary>Where mail that cannot become an item is moved (created if missing). <value>Quarantine</value></summary>
    public string QuarantineFolder { get; set; } = "Quarantine";

    /// <summary>From address of acknowledgements and agent replies for this mailbox's items.</summary>
    [EmailAddress]
    public string? From { get; set; }

    /// <summary>Display name with <see cref="From"/>, e.g. <c>Example Support</c>.</summary>
    public string? FromName { get; set; }

    /// <summary>How often to look for new mail when the server lacks IDLE. <value>30</value></summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 30;

    /// <summary>
    /// IDLE is ended and re-issued this often, with the folder selected again in between: RFC 2177 asks for less than
    /// 29 minutes, and the new SELECT finds a folder deleted or replaced under us, which servers do not reliably report to
    /// a session that has it open (dovecot may keep serving the old folder's view). <value>300</value>
    /// </summary>
    [Range(1, 1740)]
    public int IdleRenewSeconds { get; set; } = 300;

    /// <summary>The folders to watch (<see cref="DefaultFolder"/> when none are configured).</summary>
    internal IReadOnlyList<string> WatchedFolders => Folders.Count == 0 ? [DefaultFolder] : Folders;
}
