using Microsoft.AspNetCore.SignalR;

namespace Router.AgentHub;

/// <summary>
/// Checks the connection's agent credential again before every hub call, against the keys and token secret as they
/// are now, so a revoked key or rotated secret stops a connection that is already open. A refused call runs nothing.
/// </summary>
internal sealed class AgentIdentityFilter(AgentCredentials credentials, ILogger<AgentIdentityFilter> logger) : Router.Channels.Hubs.IdentityRecheckFilter
{
    protected override void Check(HubCallerContext context)
    {
        var identity = AgentIdentity.FromClaims(context.User);
        if (identity is null || !credentials.AreValid(identity.AgentId, identity.Credential))
        {
            Log.AgentCallRefused(logger);
            throw new HubException("Your agent credential is no longer accepted. Sign in again.");
        }
    }
}
