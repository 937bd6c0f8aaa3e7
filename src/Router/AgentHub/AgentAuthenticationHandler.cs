using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Router.Agents;
using Router.Api;
using Router.Redis;
using StackExchange.Redis;

namespace Router.AgentHub;

/// <summary>
/// Authenticates <c>/hubs/agents</c> requests: the agent from <c>?agent=</c>, the credential (an API key or the agent's
/// token) from <c>Authorization: Bearer</c> or, for browsers' WebSockets, <c>?access_token=</c>. The agent must exist.
/// </summary>
internal sealed class AgentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    AgentCredentials credentials,
    IConnectionMultiplexer redis,
    RedisKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "AgentHub";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? agent = Request.Query["agent"];
        string? header = Request.Headers.Authorization;
        var credential = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : (string?)Request.Query["access_token"];
        if (string.IsNullOrEmpty(agent) || !AgentIds.IsValid(agent))
        {
            return Refuse("?agent=<agent id> is missing or malformed");
        }

        if (!credentials.AreValid(agent, credential))
        {
            return Refuse("the credential is neither an API key nor the agent's token");
        }

        if (!await redis.GetDatabase().KeyExistsAsync(keys.Agent(agent)))
        {
            return Refuse("no such agent");
        }

        var identity = new AgentIdentity(agent, credential!);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity.ToClaims(SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.BearerChallengeAsync(Context, "Connect to /hubs/agents?agent=<agent id> with an API key or the agent's token as the access token.");

    private AuthenticateResult Refuse(string reason)
    {
        Log.AgentRefused(Logger, reason);
        return AuthenticateResult.Fail(reason);
    }
}
