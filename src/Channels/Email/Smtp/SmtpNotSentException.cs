namespace Router.Channels.Email.Smtp;

/// <summary>The message certainly did not go out, for a reason that may pass (server away, 4xx): safe to send again.</summary>
internal sealed class SmtpNotSentException(string reason, Exception inner) : Exception($"SMTP did not take the message: {reason}.", inner);
