namespace Router.Channels.Email.Imap;

/// <summary>Intake failed for a reason that is not the message's fault (Redis away): the message stays and is retried.</summary>
internal sealed class IntakeUnavailableException(Exception inner)
    : Exception($"Intake failed ({inner.GetType().Name}); the message stays in its folder and is retried.", inner);
