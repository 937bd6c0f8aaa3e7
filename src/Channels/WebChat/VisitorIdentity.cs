using System.Security.Claims;

namespace Router.Channels.WebChat;

/// <summary>A visitor as it presented itself: site, visitor id and the signature that vouches for the pair.</summary>
internal sealed record VisitorIdentity(string Site, string Visitor, string Signature)
{
    private const string SiteClaim = "chat:site";
    private const string VisitorClaim = "chat:visitor";
    private const string SignatureClaim = "chat:sig";

    /// <summary>The SignalR group of all the visitor's connections (every tab, every router instance).</summary>
    public string Group => $"chat:{Site}:{Visitor}";

    /// <summary>The claims a connection carries, so every call can check them again.</summary>
    public ClaimsIdentity ToClaims(string scheme) => new(
        [new Claim(SiteClaim, Site), new Claim(VisitorClaim, Visitor), new Claim(SignatureClaim, Signature)], scheme);

    /// <summary>The identity a connection's user carries; null when it carries none.</summary>
    public static VisitorIdentity? FromClaims(ClaimsPrincipal? user) =>
        user?.FindFirst(SiteClaim)?.Value is { } site
        && user.FindFirst(VisitorClaim)?.Value is { } visitor
        && user.FindFirst(SignatureClaim)?.Value is { } signature
            ? new VisitorIdentity(site, visitor, signature)
            : null;

    /// <summary>
    /// Why the identity is not acceptable under the current sites, or null when it is. The same check runs on connect
    /// and on every call, so a removed site or a rotated secret ends what its connections may do.
    /// </summary>
    public string? Problem(WebChatOptions options, string? origin)
    {
        if (!ChatIds.IsSite(Site) || !options.Sites.TryGetValue(Site, out var site))
        {
            return "unknown site";
        }

        if (!ChatIds.IsVisitor(Visitor))
        {
            return "malformed visitor id";
        }

        if (!VisitorSignature.IsValid(site, Visitor, Signature))
        {
            return "signature does not match";
        }

        // Browsers send Origin and do not apply CORS to WebSockets, so the check is made here too.
        return origin is null || site.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase) ? null : "origin not allowed";
    }
}
