using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.WebChat;

/// <summary>
/// Authenticates <c>/hubs/chat</c> requests (negotiate, the WebSocket, every long-poll) from the query:
/// <c>?site=acme&amp;visitor=v-123&amp;sig=&lt;base64url HMAC&gt;</c>. Nothing of it is logged but the site and the reason.
/// </summary>
internal sealed class VisitorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptionsMonitor<WebChatOptions> chat)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ChatVisitor";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var query = Request.Query;
        string? site = query["site"], visitor = query["visitor"], signature = query["sig"];
        if (string.IsNullOrEmpty(site) || string.IsNullOrEmpty(visitor) || string.IsNullOrEmpty(signature))
        {
            return Refuse(site, "unsigned: site, visitor and sig are required");
        }

        var identity = new VisitorIdentity(site, visitor, signature);
        if (identity.Problem(chat.CurrentValue, Request.Headers.Origin.FirstOrDefault()) is { } problem)
        {
            return Refuse(site, problem);
        }

        var principal = new ClaimsPrincipal(identity.ToClaims(SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: "Connect with ?site=<site>&visitor=<visitor id>&sig=<base64url HMAC-SHA256 of the visitor id with the site's secret>.")
            .ExecuteAsync(Context);
    }

    private Task<AuthenticateResult> Refuse(string? site, string reason)
    {
        Log.VisitorRefused(Logger, ChatIds.IsSite(site) ? site! : "?", reason);
        return Task.FromResult(AuthenticateResult.Fail(reason));
    }
}
