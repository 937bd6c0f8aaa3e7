namespace Router.Dispatch;

/// <summary>What an answer to an offer did.</summary>
/// <param name="Kind">Done, or why not.</param>
/// <param name="Detail">The item id when done or expired; the offer's state when it was no longer pending.</param>
/// <param name="QueuesToDispatch">Queues that may now have work to hand out.</param>
internal sealed record OfferOutcome(OfferOutcomeKind Kind, string? Detail, IReadOnlyList<string> QueuesToDispatch);

/// <summary>The kinds of <see cref="OfferOutcome"/>.</summary>
internal enum OfferOutcomeKind
{
    Done,
    NotFound,
    NotPending,
    Expired,
}
