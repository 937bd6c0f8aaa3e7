using Microsoft.AspNetCore.SignalR;

namespace Router.Channels.Hubs;

/// <summary>
/// A hub filter that checks a connection's identity on connect and again before every call: a connection is only as
/// good as the claims it was opened with, and keys, secrets and sites change while it stays open. A refused call runs nothing.
/// </summary>
public abstract class IdentityRecheckFilter : IHubFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        Check(invocationContext.Context);
        return next(invocationContext);
    }

    /// <inheritdoc />
    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Check(context.Context);
        return next(context);
    }

    /// <summary>Throws a <see cref="HubException"/> that says what to do when the connection's identity is no longer accepted.</summary>
    protected abstract void Check(HubCallerContext context);
}
