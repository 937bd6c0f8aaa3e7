namespace Router.AgentHub;

/// <summary>An offer that ended without an accept: <c>rejected</c>, <c>expired</c> or <c>revoked</c>.</summary>
public sealed record AgentOfferEnded(string OfferId, string ItemId, string Outcome);
