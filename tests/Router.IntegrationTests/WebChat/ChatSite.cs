using System.Net;
using System.Net.Http.Json;
using Router.Channels;
using Router.Channels.WebChat;
using Router.IntegrationTests.Infrastructure;
using Router.Replies;

namespace Router.IntegrationTests.WebChat;

/// <summary>The web chat site the tests configure, and hosts that serve it.</summary>
public static class ChatSite
{
    public const string Name = "acme";
    public const string Secret = "acme-test-secret-0123456789abcdefghij";
    public const string Origin = "https://www.acme.example";

    /// <summary>Settings for a host serving <see cref="Name"/>, with limits loose enough not to get in the way unless given.</summary>
    public static Dictionary<string, string?> Settings(int perMinute = 1000, int perDay = 1000, int maxLength = 2000) => new()
    {
        [$"Router:WebChat:Sites:{Name}:Secret"] = Secret,
        [$"Router:WebChat:Sites:{Name}:AllowedOrigins:0"] = Origin,
        [$"Router:WebChat:Sites:{Name}:MessagesPerMinute"] = perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Router:WebChat:Sites:{Name}:ConversationsPerDay"] = perDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Router:WebChat:Sites:{Name}:MaxMessageLength"] = maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static Task<RouterTestHost> StartHostAsync(string? workspace = null, Dictionary<string, string?>? settings = null) =>
        RouterTestHost.StartAsync(workspace, settings ?? Settings());

    /// <summary>A visitor id no other test uses.</summary>
    public static string NewVisitor() => "v-" + Guid.NewGuid().ToString("N")[..10];

    public static string NewSession() => Guid.NewGuid().ToString();

    public static string Sign(string visitor, string secret = Secret) => VisitorSignature.Compute(secret, visitor);

    /// <summary>The host's chat <see cref="IOutboundChannel"/>, as the reply endpoint will find it.</summary>
    public static IOutboundChannel Outbound(this RouterTestHost host) =>
        host.Service<IEnumerable<IOutboundChannel>>().Single(c => c.Channel == ChannelKind.Chat);

    /// <summary>An agent's reply to the item, as agents send it: <c>POST /v1/items/{id}/replies</c>.</summary>
    public static async Task<ReplyOutcome> ReplyAsync(this RouterTestHost host, string itemId, string text)
    {
        var response = await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text, agentId = "ana" });
        return await RouterApi.ReadAsync<ReplyOutcome>(response, HttpStatusCode.OK);
    }

    /// <summary>A reply handed straight to the chat channel, addressed to the visitor's session.</summary>
    public static Task<OutboundReceipt> SendDirectAsync(
        this RouterTestHost host, string itemId, string visitor, string session, string text, string? messageId = null, bool automatic = false) =>
        host.Outbound().SendAsync(
            new OutboundMessage(itemId, messageId ?? Guid.NewGuid().ToString(), new ChatReplyTo(Name, visitor, session).ToJson(), null, text, automatic),
            CancellationToken.None);

    /// <summary>Item keys of the workspace: what a refused message must not add to.</summary>
    public static async Task<int> ItemCountAsync(this RouterTestHost host) =>
        (await host.WorkspaceKeysAsync()).Count(k => k.Contains(":item:", StringComparison.Ordinal) && !k.EndsWith(":history", StringComparison.Ordinal));
}
