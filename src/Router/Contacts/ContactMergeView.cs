namespace Router.Contacts;

/// <summary>One recorded merge: which contact went into which, the handles it moved, and whether it was undone.</summary>
public sealed record ContactMergeView
{
    public required string Id { get; init; }

    public required string Into { get; init; }

    public required string From { get; init; }

    public required IReadOnlyList<string> Handles { get; init; }

    public string? Reason { get; init; }

    public required DateTimeOffset At { get; init; }

    public DateTimeOffset? UndoneAt { get; init; }
}
