using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Router.Channels.Sms;

/// <summary>
/// Twilio's request signature (<c>X-Twilio-Signature</c>): base64 HMAC-SHA1, keyed by the auth token, of the full URL
/// Twilio called followed by every POST parameter's name and value, sorted by name (ordinal; a repeated name's values
/// sorted too, as Twilio's helper libraries do).
/// </summary>
internal static class TwilioSignature
{
    /// <summary>The header Twilio puts the signature in.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>The signature Twilio would send for a POST of <paramref name="parameters"/> to <paramref name="url"/>.</summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, values) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var value in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Append(name).Append(value);
            }
        }

#pragma warning disable CA5350 // SHA-1 is what Twilio signs with; the protocol leaves no choice
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }

    /// <summary>
    /// True when <paramref name="signature"/> matches the URL as given or its default-port variant (<c>:443</c>/<c>:80</c>
    /// added or removed): which of the two Twilio signed depends on how the URL was written in its console. Every
    /// candidate is compared in constant time, so timing says nothing about which part differed.
    /// </summary>
    public static bool IsValid(string authToken, string? signature, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(signature);
        var valid = false;
        var list = parameters as IReadOnlyCollection<KeyValuePair<string, StringValues>> ?? parameters.ToList();
        foreach (var candidate in UrlVariants(url))
        {
            valid |= CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(Compute(authToken, candidate, list)));
        }

        return valid;
    }

    /// <summary>The URL as given, then the same URL with the scheme's default port added (if it had none) or removed (if it had it).</summary>
    public static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            yield break;
        }

        var scheme = url[..schemeEnd].ToLowerInvariant();
        var defaultPort = scheme switch { "https" => "443", "http" => "80", _ => null };
        if (defaultPort is null)
        {
            yield break;
        }

        var hostStart = schemeEnd + 3;
        var hostEnd = url.IndexOfAny(['/', '?', '#'], hostStart);
        hostEnd = hostEnd < 0 ? url.Length : hostEnd;
        var authority = url[hostStart..hostEnd];
        var colon = authority.IndexOf(':', authority.LastIndexOf(']') + 1); // a colon inside [IPv6] is not a port
        if (colon < 0)
        {
            yield return url[..hostEnd] + ":" + defaultPort + url[hostEnd..];
        }
        else if (authority[(colon + 1)..] == defaultPort)
        {
            yield return url[..(hostStart + colon)] + url[hostEnd..];
        }
    }
}
