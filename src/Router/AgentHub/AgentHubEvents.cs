namespace Router.AgentHub;

/// <summary>The client methods <c>/hubs/agents</c> calls on agents' connections.</summary>
public static class AgentHubEvents
{
    /// <summary>A new offer (<see cref="Dispatch.OfferView"/>, as <c>Offers()</c> lists it).</summary>
    public const string Offer = "offer";

    /// <summary>An offer ended without being accepted (<see cref="AgentOfferEnded"/>): rejected, expired or revoked.</summary>
    public const string OfferEnded = "offerEnded";

    /// <summary>The router changed the agent's status (<see cref="AgentStatusChanged"/>), e.g. away after missed offers.</summary>
    public const string Status = "status";

    /// <summary>One of the agent's items changed (the item as <c>GET /v1/items/{id}</c> shows it).</summary>
    public const string Item = "item";
}
