namespace Router.Items;

/// <summary>What completing an item did.</summary>
/// <param name="Outcome">Whether it was completed, unknown, or already closed.</param>
/// <param name="State">The item's state when it was not open.</param>
/// <param name="QueuesToDispatch">Queues served by the agent whose capacity was freed.</param>
internal sealed record CompleteResult(CompleteOutcome Outcome, string? State, IReadOnlyList<string> QueuesToDispatch);

/// <summary>The outcomes of completing an item.</summary>
internal enum CompleteOutcome
{
    Completed,
    NotFound,
    NotOpen,
}
