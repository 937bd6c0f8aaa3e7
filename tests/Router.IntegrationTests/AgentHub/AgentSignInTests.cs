using System.Net;
using Microsoft.AspNetCore.SignalR;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.AgentHub;

/// <summary>Who may connect to <c>/hubs/agents</c>, and from which browser origins; one shared host with agent <c>ana</c>.</summary>
public sealed class AgentSignInTests(AgentSignInTests.Desk shared) : IClassFixture<AgentSignInTests.Desk>
{
    public static TheoryData<string, string?, string?> RefusedSignIns => new()
    {
        { "no credential", "ana", null },
        { "a wrong key", "ana", "not-a-key" },
        { "another agent's token", "ana", AgentClient.Token("ben") },
        { "a token made with another secret", "ana", AgentClient.Token("ana", "another-secret-0123456789abcdefghijklmn") },
        { "no agent", null, RouterTestHost.ApiKey },
        { "a malformed agent id", "ana:1", RouterTestHost.ApiKey },
        { "an unknown agent", "nobody", RouterTestHost.ApiKey },
    };

    [Theory]
    [MemberData(nameof(RefusedSignIns))]
    public async Task Connect_WithoutAValidCredentialForAnExistingAgent_IsRefusedWith401(string why, string? agentId, string? credential)
    {
        await using var agent = AgentClient.Create(shared.Host, agentId, credential);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => agent.Connection.StartAsync());

        Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {refused.StatusCode}");
    }

    [Theory]
    [InlineData("no-such-offer")]
    [InlineData("bad:id")]
    public async Task Accept_UnknownOrMalformedOffer_IsRefused(string offerId)
    {
        await using var agent = await AgentClient.ConnectAsync(shared.Host, "ana");

        await Assert.ThrowsAsync<HubException>(() => agent.AcceptAsync(offerId));
    }

    [Theory]
    [InlineData("https://desk.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task Preflight_AllowsOnlyTheConfiguredDesktopOrigins(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/hubs/agents/negotiate?agent=ana&negotiateVersion=1");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,x-requested-with");

        using var response = await shared.Host.Anonymous.SendAsync(preflight);

        Assert.Equal(allowed ? origin : null, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var v) ? v.Single() : null);
    }

    /// <summary>A host that accepts agent tokens and the desktop origin <c>https://desk.example</c>, with agent <c>ana</c>.</summary>
    public sealed class Desk : IAsyncLifetime
    {
        public RouterTestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var settings = AgentClient.Settings();
            settings["Router:AgentHub:AllowedOrigins:0"] = "https://desk.example";
            Host = await RouterTestHost.StartAsync(settings: settings);
            await Host.Client.PutAgentAsync("ana");
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
