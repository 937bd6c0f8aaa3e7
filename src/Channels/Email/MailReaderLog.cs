using Microsoft.Extensions.Logging;

namespace Router.Channels.Email;

/// <summary>Log messages of the mail reader (event ids 2100–2149). Never logs addresses, subjects or bodies.</summary>
internal static partial class MailReaderLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "A mail in mailbox {Mailbox} could not be read ({ExceptionType}); it is quarantined")]
    public static partial void Unreadable(ILogger logger, string mailbox, string exceptionType, Exception exception);
}
