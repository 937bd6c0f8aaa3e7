using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.WebChat;

/// <summary>
/// Checks the connection's visitor identity (see <see cref="Hubs.IdentityRecheckFilter"/>) against the sites as they
/// are now: a connection is only as good as the claims it was opened with, and a site may since have been removed
/// or had its secret rotated. A refused call runs nothing.
/// </summary>
internal sealed class VisitorIdentityFilter(IOptionsMonitor<WebChatOptions> chat, ILogger<VisitorIdentityFilter> logger) : Router.Channels.Hubs.IdentityRecheckFilter
{
    protected override void Check(HubCallerContext context)
    {
        var identity = VisitorIdentity.FromClaims(context.User);
        var origin = context.GetHttpContext()?.Request.Headers.Origin.FirstOrDefault();
        var problem = identity is null ? "unsigned" : identity.Problem(chat.CurrentValue, origin);
        if (problem is not null)
        {
            Log.CallRefused(logger, identity is not null && ChatIds.IsSite(identity.Site) ? identity.Site : "?", problem);
            throw new HubException($"Your chat identity is not accepted ({problem}). Reload the page to sign in again.");
        }
    }
}
