using MailKit.Security;

namespace Router.Channels.Email;

/// <summary>How a connection to an IMAP or SMTP server is secured.</summary>
public enum MailSecurity
{
    /// <summary>TLS from the first byte (IMAPS 993, SMTPS 465).</summary>
    Tls,

    /// <summary>Plain connect, then STARTTLS, which must succeed (IMAP 143, submission 587).</summary>
    StartTls,

    /// <summary>No encryption: only for a server on loopback or a trusted local network (tests, a local relay).</summary>
    None,
}

/// <summary>Maps <see cref="MailSecurity"/> to MailKit.</summary>
internal static class MailSecurityExtensions
{
    public static SecureSocketOptions ToSocketOptions(this MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };
}
