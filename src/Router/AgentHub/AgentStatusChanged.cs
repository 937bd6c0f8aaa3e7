namespace Router.AgentHub;

/// <summary>A status the router set on the agent, with its reason.</summary>
public sealed record AgentStatusChanged(string Status, string? Reason);
