using System.Collections.Concurrent;

namespace Router.Channels.Email.Imap;

/// <summary>What each watched folder is doing now, for the <c>email</c> health check.</summary>
internal sealed class MailboxStatusBoard(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, FolderStatus> folders = new(StringComparer.Ordinal);

    public void Set(string mailbox, string folder, FolderState state, string? detail = null) =>
        folders[$"{mailbox}/{folder}"] = new FolderStatus(state, detail, time.GetUtcNow());

    public IReadOnlyDictionary<string, FolderStatus> Snapshot() => new Dictionary<string, FolderStatus>(folders, StringComparer.Ordinal);
}

/// <summary>A watched folder's state.</summary>
internal enum FolderState
{
    /// <summary>Connecting or logging in.</summary>
    Connecting,

    /// <summary>Connected and reading new mail.</summary>
    Reading,

    /// <summary>Another router instance holds the mailbox's lease; this one waits to take over.</summary>
    Standby,

    /// <summary>The server is unreachable or refused us; reconnecting with backoff.</summary>
    Disconnected,
}

/// <summary>One folder's state, why (for <see cref="FolderState.Disconnected"/>: the failure's type, no message text) and since when.</summary>
internal sealed record FolderStatus(FolderState State, string? Detail, DateTimeOffset Since);
