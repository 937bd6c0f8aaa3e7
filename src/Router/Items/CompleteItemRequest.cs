namespace Router.Items;

/// <summary>The optional body of <c>POST /v1/items/{id}/complete</c>.</summary>
public sealed record CompleteItemRequest
{
    /// <summary>Seconds the agent stays in wrap-up (no offers) before becoming available again; 0 or absent for none.</summary>
    public int? WrapUpSeconds { get; init; }

    /// <summary>Why the item was completed, kept in its history.</summary>
    public string? Reason { get; init; }
}
