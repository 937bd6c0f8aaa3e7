using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;

namespace Router.Channels.Email.Imap;

/// <summary>The failures after which reading a mailbox is worth trying again: the server, the network or intake went away.</summary>
internal static class ImapFailures
{
    /// <summary>True for failures a reconnect (after a backoff) may cure; false for bugs.</summary>
    public static bool IsTransient(Exception ex) => ex is IOException
        or SocketException
        or TimeoutException
        or ImapProtocolException
        or ImapCommandException
        or ServiceNotConnectedException
        or ServiceNotAuthenticatedException
        or AuthenticationException
        or SslHandshakeException
        or FolderNotFoundException
        or FolderNotOpenException
        or IntakeUnavailableException
        or CursorMovedException;
}
