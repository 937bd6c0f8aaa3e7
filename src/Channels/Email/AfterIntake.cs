namespace Router.Channels.Email;

/// <summary>What happens to a message in the watched folder once its work item is durable.</summary>
public enum AfterIntake
{
    /// <summary>Moved to the mailbox's processed folder, so the watched folder holds only unread work.</summary>
    Move,

    /// <summary>Left in place, marked \Seen and with the keyword <c>$RouterProcessed</c> (for mailboxes people also read).</summary>
    Flag,
}
