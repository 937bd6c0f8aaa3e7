namespace Router.Items;

/// <summary>The body of <c>POST /v1/items/{id}/transfer</c>.</summary>
public sealed record TransferItemRequest
{
    /// <summary>The queue the item moves to.</summary>
    public string? Queue { get; init; }

    /// <summary>Why, kept in the item's history.</summary>
    public string? Reason { get; init; }
}
