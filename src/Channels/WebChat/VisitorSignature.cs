using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Router.Channels.WebChat;

/// <summary>
/// The visitor signature: <c>base64url(HMAC-SHA256(key: UTF-8 of the site's secret, message: UTF-8 of the visitor id))</c>,
/// without padding. The site's backend computes it for the signed-in (or cookie-identified) visitor and puts it in
/// the page; the router recomputes it on connect and on every call.
/// </summary>
internal static class VisitorSignature
{
    private const int HashBytes = 32;

    /// <summary>The signature a site's backend gives its page for <paramref name="visitorId"/>.</summary>
    public static string Compute(string secret, string visitorId) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(visitorId)));

    /// <summary>True when <paramref name="signature"/> is the visitor's signature under the site's secret or its previous one.</summary>
    public static bool IsValid(ChatSiteOptions site, string visitorId, string? signature)
    {
        // TryDecodeFromChars throws on characters outside the alphabet, so the form is checked first.
        if (string.IsNullOrEmpty(signature) || !Base64Url.IsValid(signature, out var size) || size != HashBytes)
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[HashBytes];
        Base64Url.DecodeFromChars(signature, presented);

        // Both secrets are always checked, so timing does not say which one (if any) matched.
        var valid = Matches(site.Secret, visitorId, presented);
        valid |= site.PreviousSecret is { Length: > 0 } previous && Matches(previous, visitorId, presented);
        return valid;
    }

    private static bool Matches(string secret, string visitorId, ReadOnlySpan<byte> presented)
    {
        Span<byte> expected = stackalloc byte[HashBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(visitorId), expected);
        return CryptographicOperations.FixedTimeEquals(expected, presented);
    }
}
