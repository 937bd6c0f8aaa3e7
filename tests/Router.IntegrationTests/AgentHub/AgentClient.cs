using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Router.AgentHub;
using Router.Dispatch;
using Router.IntegrationTests.Infrastructure;
using Router.Items;

namespace Router.IntegrationTests.AgentHub;

/// <summary>An agent's desktop as the real SignalR .NET client: signs in to <c>/hubs/agents</c> and collects what is pushed.</summary>
public sealed class AgentClient : IAsyncDisposable
{
    public const string TokenSecret = "agent-token-secret-0123456789abcdefghij";

    private readonly Channel<OfferView> offers = Channel.CreateUnbounded<OfferView>();
    private readonly Channel<AgentOfferEnded> ended = Channel.CreateUnbounded<AgentOfferEnded>();
    private readonly Channel<WorkItemView> items = Channel.CreateUnbounded<WorkItemView>();
    private readonly Channel<AgentStatusChanged> statuses = Channel.CreateUnbounded<AgentStatusChanged>();

    private AgentClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<OfferView>(AgentHubEvents.Offer, o => offers.Writer.TryWrite(o));
        connection.On<AgentOfferEnded>(AgentHubEvents.OfferEnded, e => ended.Writer.TryWrite(e));
        connection.On<WorkItemView>(AgentHubEvents.Item, i => items.Writer.TryWrite(i));
        connection.On<AgentStatusChanged>(AgentHubEvents.Status, s => statuses.Writer.TryWrite(s));
    }

    public HubConnection Connection { get; }

    /// <summary>Settings for a host that accepts agent tokens.</summary>
    public static Dictionary<string, string?> Settings() => new() { ["Router:AgentHub:TokenSecret"] = TokenSecret };

    public static string Token(string agentId, string secret = TokenSecret) => AgentCredentials.Token(secret, agentId);

    /// <summary>A connection (not started) as <paramref name="agentId"/> with <paramref name="credential"/> (null: none).</summary>
    public static AgentClient Create(RouterTestHost host, string? agentId, string? credential)
    {
        var url = new Uri(host.Client.BaseAddress!, agentId is null ? "/hubs/agents" : $"/hubs/agents?agent={Uri.EscapeDataString(agentId)}");
        var connection = new HubConnectionBuilder()
            .WithUrl(url, o => o.AccessTokenProvider = () => Task.FromResult(credential))
            .Build();
        return new AgentClient(connection);
    }

    /// <summary>
    /// Connects and, as the README tells desktops to, asks for the pending offers: calls run after the connection is
    /// registered, so from then on every new offer is pushed.
    /// </summary>
    public static async Task<AgentClient> ConnectAsync(RouterTestHost host, string agentId, string? credential = null)
    {
        var client = Create(host, agentId, credential ?? Token(agentId));
        await client.Connection.StartAsync();
        await client.OffersAsync();
        return client;
    }

    public Task<OfferView[]> OffersAsync() => Connection.InvokeAsync<OfferView[]>("Offers");

    public Task<WorkItemView> AcceptAsync(string offerId) => Connection.InvokeAsync<WorkItemView>("Accept", offerId);

    public Task<WorkItemView> RejectAsync(string offerId, string? reason = null) => Connection.InvokeAsync<WorkItemView>("Reject", offerId, reason);

    public Task<WorkItemView> CompleteAsync(string itemId, int wrapUpSeconds = 0) =>
        Connection.InvokeAsync<WorkItemView>("Complete", itemId, wrapUpSeconds, "done");

    public Task<OfferView> NextOfferAsync() => ReadAsync(offers);

    public Task<AgentOfferEnded> NextOfferEndedAsync() => ReadAsync(ended);

    public Task<WorkItemView> NextItemAsync() => ReadAsync(items);

    public Task<AgentStatusChanged> NextStatusAsync() => ReadAsync(statuses);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    private static async Task<T> ReadAsync<T>(Channel<T> channel)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await channel.Reader.ReadAsync(timeout.Token);
    }
}
