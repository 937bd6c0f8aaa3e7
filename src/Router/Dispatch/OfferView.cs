namespace Router.Dispatch;

/// <summary>A pending offer of an item to an agent.</summary>
public sealed record OfferView(string Id, string ItemId, string AgentId, string Queue, string Channel, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
