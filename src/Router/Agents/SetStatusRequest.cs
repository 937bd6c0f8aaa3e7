namespace Router.Agents;

/// <summary>The body of <c>PUT /v1/agents/{id}/status</c>.</summary>
public sealed record SetStatusRequest
{
    /// <summary>available, busy, away, wrap-up or offline.</summary>
    public string? Status { get; init; }

    /// <summary>Why, shown to supervisors (e.g. "lunch").</summary>
    public string? Reason { get; init; }
}
