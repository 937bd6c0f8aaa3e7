namespace Router.Items;

/// <summary>
/// The body of <c>POST /v1/items/{id}/events</c>: something that happened to the conversation outside the router
/// (a CRM sent the agent's reply itself, or received the customer's), so the SLA clocks can follow.
/// </summary>
public sealed record ItemEventRequest
{
    /// <summary><c>agent.replied</c> (stops the first-response clock) or <c>customer.replied</c> (restarts it after an agent reply).</summary>
    public string? Type { get; init; }
}
