namespace Router.Replies;

/// <summary>The body of <c>POST /v1/items/{id}/replies</c>: an agent's answer to the customer.</summary>
public sealed record ReplyRequest
{
    /// <summary>Plain text; required.</summary>
    public string? Text { get; init; }

    /// <summary>Subject, for channels that have one (email); defaults to "Re: " + the item's subject.</summary>
    public string? Subject { get; init; }

    /// <summary>The agent who wrote it, for the history.</summary>
    public string? AgentId { get; init; }

    /// <summary>A client-chosen id (letters, digits, '-', '_', '.'); retrying with the same id never sends twice.</summary>
    public string? ReplyId { get; init; }
}
