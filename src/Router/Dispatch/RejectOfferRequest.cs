namespace Router.Dispatch;

/// <summary>The optional body of <c>POST /v1/offers/{id}/reject</c>.</summary>
public sealed record RejectOfferRequest
{
    /// <summary>Why the agent declined, kept in the item's history.</summary>
    public string? Reason { get; init; }
}
