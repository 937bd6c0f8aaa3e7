using System.Net;

namespace Router.IntegrationTests.WebChat;

/// <summary>Browsers may call the chat hub from the sites' origins only.</summary>
public sealed class ChatCorsTests(ChatHostFixture shared) : IClassFixture<ChatHostFixture>
{
    [Theory]
    [InlineData(ChatSite.Origin, true)]
    [InlineData("https://evil.example", false)]
    public async Task Preflight_ToNegotiate_AllowsOnlyTheSitesOrigins(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/hubs/chat/negotiate?negotiateVersion=1");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-requested-with,x-signalr-user-agent");

        using var response = await shared.Host.Anonymous.SendAsync(preflight);

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(allowed ? origin : null, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var v) ? v.Single() : null);
    }
}
