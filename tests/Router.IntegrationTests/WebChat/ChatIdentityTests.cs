using System.Net;
using Microsoft.AspNetCore.SignalR;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.WebChat;

/// <summary>Unsigned and forged visitor identities are refused on connect, and on every call of an open connection.</summary>
public sealed class ChatIdentityTests(ChatHostFixture shared) : IClassFixture<ChatHostFixture>
{
    public static TheoryData<string, string?, string?, string?> RefusedIdentities => new()
    {
        { "no signature", ChatSite.Name, "v-1", null },
        { "no visitor", ChatSite.Name, null, ChatSite.Sign("v-1") },
        { "no site", null, "v-1", ChatSite.Sign("v-1") },
        { "another visitor's signature", ChatSite.Name, "v-1", ChatSite.Sign("v-2") },
        { "signed with another secret", ChatSite.Name, "v-1", ChatSite.Sign("v-1", "not-the-secret-0123456789abcdefghijkl") },
        { "signature not base64url", ChatSite.Name, "v-1", "!!!" },
        { "truncated signature", ChatSite.Name, "v-1", ChatSite.Sign("v-1")[..20] },
        { "unknown site", "other", "v-1", ChatSite.Sign("v-1") },
        { "visitor id with a separator", ChatSite.Name, "v:1", ChatSite.Sign("v:1") },
        { "visitor id with a newline", ChatSite.Name, "v-1\n", ChatSite.Sign("v-1\n") },
    };

    [Theory]
    [MemberData(nameof(RefusedIdentities))]
    public async Task Connect_WithBadIdentity_IsRefusedWith401(string why, string? site, string? visitor, string? sig)
    {
        await using var chat = ChatVisitor.Create(shared.Host, visitor, sig, site);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => chat.Connection.StartAsync());

        Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {refused.StatusCode} {refused.Message}");
    }

    [Fact]
    public async Task Connect_FromAnOriginTheSiteDoesNotAllow_IsRefused()
    {
        await using var chat = ChatVisitor.Create(shared.Host, "v-1", ChatSite.Sign("v-1"), origin: "https://evil.example");

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => chat.Connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Connect_FromTheSitesOrigin_IsAccepted()
    {
        await using var chat = ChatVisitor.Create(shared.Host, "v-1", ChatSite.Sign("v-1"), origin: ChatSite.Origin);

        await chat.Connection.StartAsync();

        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, chat.Connection.State);
    }

    [Fact]
    public async Task Call_OnAnOpenConnection_AfterTheSiteSecretWasRotated_IsRefused_AndCreatesNothing()
    {
        await using var host = await ChatSite.StartHostAsync();
        var visitor = ChatSite.NewVisitor();
        await using var chat = await ChatVisitor.ConnectAsync(host, visitor);
        var items = await host.ItemCountAsync();

        SetConfig(host, $"Router:WebChat:Sites:{ChatSite.Name}:Secret", "rotated-secret-0123456789abcdefghijklmn");
        var refused = await Assert.ThrowsAsync<HubException>(() => chat.SendAsync(ChatSite.NewSession(), "m1", "hello"));

        Assert.Contains("signature does not match", refused.Message, StringComparison.Ordinal);
        Assert.Equal(items, await host.ItemCountAsync());
        await Assert.ThrowsAsync<HubException>(() => chat.HistoryAsync(ChatSite.NewSession()));
    }

    [Fact]
    public async Task SignatureMadeWithThePreviousSecret_IsAcceptedDuringRotation()
    {
        var settings = ChatSite.Settings();
        settings[$"Router:WebChat:Sites:{ChatSite.Name}:Secret"] = "the-new-secret-0123456789abcdefghijklmno";
        settings[$"Router:WebChat:Sites:{ChatSite.Name}:PreviousSecret"] = ChatSite.Secret;
        await using var host = await ChatSite.StartHostAsync(settings: settings);
        await using var chat = await ChatVisitor.ConnectAsync(host, "v-1");

        var ack = await chat.SendAsync(ChatSite.NewSession(), ChatSite.NewSession(), "still me");

        Assert.NotEmpty(ack.ItemId);
    }

    // The test host's in-memory settings win over files; a reload tells the options monitors.
    private static void SetConfig(RouterTestHost host, string key, string? value)
    {
        var config = (IConfigurationRoot)host.App.Configuration;
        config[key] = value;
        config.Reload();
    }
}
