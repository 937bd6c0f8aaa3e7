using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Router.FaultTests;

/// <summary>
/// Web chat visitors on the real SignalR client: each message is the first of its own visitor's own session (one
/// session is one item; later messages of a session would join it), sent on a fresh connection to whichever router is
/// up, and resent with the same message id until Send acknowledges it.
/// </summary>
internal sealed class ChatSource(FaultLedger ledger) : IFaultSource
{
    public const string Site = "fault";

    public string Name => "chat";

    public string Channel => "chat";

    public string Secret { get; } = "fault-chat-secret-" + Guid.NewGuid().ToString("N");

    public Dictionary<string, string> RouterEnvironment() => new()
    {
        [$"Router__WebChat__Sites__{Site}__Secret"] = Secret,
    };

    public async Task<string?> SendAsync(int n, Uri router, CancellationToken cancellationToken)
    {
        var visitor = string.Create(CultureInfo.InvariantCulture, $"fault-visitor-{n:D4}");
        var session = string.Create(CultureInfo.InvariantCulture, $"fault-session-{n:D4}");
        var messageId = string.Create(CultureInfo.InvariantCulture, $"m-{n:D4}");
        var text = FaultTexts.Body(Name, n);
        var signature = Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(visitor)));
        ledger.Remember(text);
        ledger.Remember(signature);
        ledger.Remember(visitor); // the router promises never to log visitor ids
        var query = $"site={Site}&visitor={Uri.EscapeDataString(visitor)}&sig={Uri.EscapeDataString(signature)}";
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(router, "/hubs/chat?" + query)).Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        ChatAck ack;
        try
        {
            await connection.StartAsync(timeout.Token);
            ack = await connection.InvokeAsync<ChatAck>("Send", session, messageId, text, timeout.Token);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new InvalidOperationException("The chat hub refused the visitor's signed identity: is the site configured on the routers?", ex);
        }
        // A refusal names its reason; a router that died or lost Redis mid-call closes the connection or fails
        // generically, and the same message is sent again.
        catch (HubException ex) when (!ex.Message.StartsWith("An unexpected error occurred", StringComparison.Ordinal)
                                      && !ex.Message.StartsWith("The server closed the connection", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The chat hub refused the message: " + ex.Message, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or HubException or IOException or OperationCanceledException or InvalidOperationException
                                      or TimeoutException or System.Net.WebSockets.WebSocketException or AggregateException
                                   && !cancellationToken.IsCancellationRequested)
        {
            return null; // the router went away (every transport failed: AggregateException), or could not reach Redis
        }

        Assert.Equal(messageId, ack.MessageId);
        return $"chat:{Site}:{visitor}:{messageId}";
    }

    /// <summary>What Send answers (the router's ChatAck, read by name).</summary>
    private sealed record ChatAck(string SessionId, string MessageId, string ItemId, DateTimeOffset At, bool Duplicate);
}
