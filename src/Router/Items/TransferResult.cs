namespace Router.Items;

/// <summary>What transferring an item did.</summary>
/// <param name="Outcome">Whether it moved, or why not.</param>
/// <param name="State">The item's state when it was not open.</param>
internal sealed record TransferResult(TransferOutcome Outcome, string? State = null);

/// <summary>The outcomes of transferring an item.</summary>
internal enum TransferOutcome
{
    Transferred,
    NotFound,
    NotOpen,
    UnknownQueue,
}
