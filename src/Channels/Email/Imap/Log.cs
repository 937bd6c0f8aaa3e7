using Microsoft.Extensions.Logging;
namespace Router.Channels.Email.Imap;

/// <summary>IMAP ingest log events (4100–4199). Mailbox and folder names, UIDs and item ids only: never addresses or bodies.</summary>
internal static partial class Log
{
    [LoggerMessage(4100, LogLevel.Information, "Mailbox {Mailbox} folder {Folder}: connected, waiting for mail by {How}.")]
    private static partial void Connected(ILogger logger, string mailbox, string folder, string how);

    public static void Connected(ILogger logger, string mailbox, string folder, bool idle) =>
        Connected(logger, mailbox, folder, idle ? "IDLE" : "polling (the server has no IDLE)");

    [LoggerMessage(4101, LogLevel.Warning, "Mailbox {Mailbox} folder {Folder}: connection lost ({Failure}); reconnecting.")]
    public static partial void ConnectionLost(ILogger logger, string mailbox, string folder, string failure);

    [LoggerMessage(4102, LogLevel.Error, "Mailbox {Mailbox} folder {Folder}: reading failed unexpectedly; reconnecting.")]
    public static partial void WatchFailed(ILogger logger, string mailbox, string folder, Exception exception);

    [LoggerMessage(4103, LogLevel.Warning, "Mailbox {Mailbox} folder {Folder}: connect attempt {Attempt} failed ({Failure}); next in {Delay}.")]
    public static partial void ConnectFailed(ILogger logger, string mailbox, string folder, int attempt, string failure, TimeSpan delay);

    [LoggerMessage(4110, LogLevel.Information, "Mailbox {Mailbox} folder {Folder} UID {Uid}: item {ItemId} ({Outcome}).")]
    public static partial void Ingested(ILogger logger, string mailbox, string folder, uint uid, string itemId, string outcome);

    [LoggerMessage(4111, LogLevel.Warning, "Mailbox {Mailbox} folder {Folder} UID {Uid}: quarantined: {Reason}.")]
    public static partial void Quarantined(ILogger logger, string mailbox, string folder, uint uid, string reason);

    [LoggerMessage(4112, LogLevel.Warning, "Mailbox {Mailbox} folder {Folder} UID {Uid}: the server refused the move to {Target}; flagged instead.")]
    public static partial void MoveRefused(ILogger logger, string mailbox, string folder, uint uid, string target);

    [LoggerMessage(4113, LogLevel.Information, "Mailbox {Mailbox} folder {Folder} UID {Uid}: gone before it was read.")]
    public static partial void Vanished(ILogger logger, string mailbox, string folder, uint uid);

    [LoggerMessage(4114, LogLevel.Information, "Mailbox {Mailbox} folder {Folder}: reading all unprocessed mail (UIDVALIDITY was {Stored}, is {Current}; 0: first run).")]
    public static partial void Resync(ILogger logger, string mailbox, string folder, uint stored, uint current);

    [LoggerMessage(4120, LogLevel.Information, "Mailbox {Mailbox}: this instance reads it now.")]
    public static partial void LeaseTaken(ILogger logger, string mailbox);

    [LoggerMessage(4121, LogLevel.Warning, "Mailbox {Mailbox}: lease lost to another instance; stopped reading.")]
    public static partial void LeaseLost(ILogger logger, string mailbox);

    [LoggerMessage(4122, LogLevel.Warning, "Lease {Key}: state store unavailable ({Failure}).")]
    public static partial void LeaseUnknown(ILogger logger, string key, string failure);
}
