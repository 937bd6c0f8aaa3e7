using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Router.Hosting;

namespace Router.AgentHub;

/// <summary>
/// What lets a connection act as an agent: one of <c>Router:ApiKeys</c> (a backend acting for any agent), or the agent's
/// token <c>base64url(HMAC-SHA256(key: Router:AgentHub:TokenSecret, message: agent id))</c>. Read as configured now,
/// so a removed key or a rotated secret ends what connections made with it may do.
/// </summary>
internal sealed class AgentCredentials(IOptionsMonitor<RouterOptions> router, IOptionsMonitor<AgentHubOptions> hub)
{
    /// <summary>The agent token for <paramref name="agentId"/> under <paramref name="secret"/> (what a backend hands its agent's page).</summary>
    public static string Token(string secret, string agentId) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(agentId)));

    /// <summary>True when <paramref name="presented"/> is an API key or <paramref name="agentId"/>'s token.</summary>
    public bool AreValid(string agentId, string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        var match = false;
        foreach (var key in router.CurrentValue.ApiKeys)
        {
            // No early exit: every key is compared, so timing says nothing about which one matched.
            match |= CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(key));
        }

        if (hub.CurrentValue.TokenSecret is { Length: > 0 } secret)
        {
            match |= CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(Token(secret, agentId)));
        }

        return match;
    }
}
