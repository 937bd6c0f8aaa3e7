using System.ComponentModel.DataAnnotations;

namespace Router.Channels.Email.Smtp;

/// <summary>The SMTP server acknowledgements and agent replies go out through (<c>Router:Email:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>Submission server host; empty: email replies are refused as "not configured".</summary>
    public string? Host { get; set; }

    /// <summary>Port. <value>587</value></summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Transport security. <value>StartTls</value></summary>
    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    /// <summary>Login name; empty: no authentication (a local relay).</summary>
    public string? User { get; set; }

    /// <summary>Password; keep it out of files: <c>Router__Email__Smtp__Password</c>.</summary>
    public string? Password { get; set; }

    /// <summary>A file holding the password (a mounted secret); wins over <see cref="Password"/>.</summary>
    public string? PasswordFile { get; set; }

    /// <summary>From address when the item's mailbox names none.</summary>
    [EmailAddress]
    public string? From { get; set; }

    /// <summary>Display name with <see cref="From"/>.</summary>
    public string? FromName { get; set; }

    /// <summary>Timeout of each SMTP command. <value>30</value></summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Tries for a message the server did not take for a transient reason (connect failure, 4xx). <value>3</value></summary>
    [Range(1, 10)]
    public int Attempts { get; set; } = 3;
}
