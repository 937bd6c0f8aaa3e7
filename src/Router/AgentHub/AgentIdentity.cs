using System.Security.Claims;

namespace Router.AgentHub;

/// <summary>The agent a hub connection acts as, with the credential it presented (checked again on every call).</summary>
internal sealed record AgentIdentity(string AgentId, string Credential)
{
    private const string AgentClaim = "agent:id";
    private const string CredentialClaim = "agent:credential";

    /// <summary>The SignalR group of all the agent's connections, on every router instance.</summary>
    public string Group => GroupOf(AgentId);

    public static string GroupOf(string agentId) => $"agent:{agentId}";

    public ClaimsIdentity ToClaims(string scheme) =>
        new([new Claim(AgentClaim, AgentId), new Claim(CredentialClaim, Credential)], scheme);

    public static AgentIdentity? FromClaims(ClaimsPrincipal? user) =>
        user?.FindFirst(AgentClaim)?.Value is { } agent && user.FindFirst(CredentialClaim)?.Value is { } credential
            ? new AgentIdentity(agent, credential)
            : null;
}
