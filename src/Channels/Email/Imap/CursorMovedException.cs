namespace Router.Channels.Email.Imap;

/// <summary>A folder's cursor changed under this reader: another instance read the mailbox (a lapsed lease); start over.</summary>
internal sealed class CursorMovedException(string folder)
    : Exception($"The cursor of folder '{folder}' was moved by another reader.");
