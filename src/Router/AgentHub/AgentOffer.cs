namespace Router.AgentHub;

/// <summary>An offer as the hub pushes it; answer with <c>Accept(offerId)</c> or <c>Reject(offerId, reason)</c>.</summary>
public sealed record AgentOffer(string OfferId, string ItemId, string Queue, string Channel, DateTimeOffset? ExpiresAt);
