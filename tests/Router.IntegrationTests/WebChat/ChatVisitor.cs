using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Router.Channels.WebChat;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.WebChat;

/// <summary>A visitor's page as the real SignalR .NET client: connects with its query identity and collects pushed lines.</summary>
public sealed class ChatVisitor : IAsyncDisposable
{
    private readonly Channel<ChatEvent> received = Channel.CreateUnbounded<ChatEvent>();

    private ChatVisitor(HubConnection connection, string visitor)
    {
        Connection = connection;
        Visitor = visitor;
        connection.On<ChatEvent>(ChatEvent.Method, e => received.Writer.TryWrite(e));
    }

    public HubConnection Connection { get; }

    public string Visitor { get; }

    /// <summary>A connection (not started) with exactly the query given; null parts are left out.</summary>
    public static ChatVisitor Create(RouterTestHost host, string? visitor, string? sig, string? site = ChatSite.Name, string? origin = null)
    {
        var query = string.Join("&", new[] { ("site", site), ("visitor", visitor), ("sig", sig) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Client.BaseAddress!, "/hubs/chat?" + query), o =>
            {
                if (origin is not null)
                {
                    o.Headers["Origin"] = origin;
                }
            })
            .Build();
        return new ChatVisitor(connection, visitor ?? "");
    }

    /// <summary>A started connection for a correctly signed visitor.</summary>
    public static async Task<ChatVisitor> ConnectAsync(RouterTestHost host, string visitor)
    {
        var chat = Create(host, visitor, ChatSite.Sign(visitor));
        await chat.Connection.StartAsync();
        return chat;
    }

    public Task<ChatAck> SendAsync(string session, string messageId, string text) =>
        Connection.InvokeAsync<ChatAck>("Send", session, messageId, text);

    public Task<ChatHistory> HistoryAsync(string session) => Connection.InvokeAsync<ChatHistory>("History", session);

    /// <summary>The next pushed line, or a timeout.</summary>
    public async Task<ChatEvent> NextAsync(int timeoutMs = 10_000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        return await received.Reader.ReadAsync(timeout.Token);
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
