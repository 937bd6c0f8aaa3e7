using System.Net.Sockets;
using System.Text.Json;
using Amqp;
using Amqp.Framing;
using Router.FaultTests.Infrastructure;

namespace Router.FaultTests;

/// <summary>
/// A CRM sending <c>item.create</c> commands over AMQP 1.0: acknowledged when the broker settles the send as Accepted
/// (the message is in the durable queue); while the broker is down sends fail and are sent again, with the same
/// message-id and externalId, on a new connection.
/// </summary>
internal sealed class BusSource(FaultBus bus, FaultLedger ledger) : IFaultSource, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Connection? connection;
    private SenderLink? sender;

    public string Name => "bus";

    /// <summary>The CRM's own channel name becomes <c>api</c> (kept in attributes.crmChannel).</summary>
    public string Channel => "api";

    public async Task<string?> SendAsync(int n, Uri router, CancellationToken cancellationToken)
    {
        var key = $"fault-bus-{n}";
        var data = new
        {
            channel = "crm",
            externalId = key,
            contact = new { email = FaultTexts.Email(Name, n) },
            subject = FaultTexts.Subject(n),
            text = FaultTexts.Body(Name, n),
        };
        ledger.Remember(data.subject);
        ledger.Remember(data.text);
        var message = new Message
        {
            BodySection = new Data { Binary = JsonSerializer.SerializeToUtf8Bytes(new { type = "item.create", data }) },
            Properties = new Properties { MessageId = key },
            Header = new Header { Durable = true },
        };
        SenderLink? link = null;
        try
        {
            link = await LinkAsync();
            await link.SendAsync(message, TimeSpan.FromSeconds(5));
            return key;
        }
        catch (Exception ex) when (ex is AmqpException or SocketException or IOException or TimeoutException or ObjectDisposedException)
        {
            await ResetAsync(link);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync(sender);
        gate.Dispose();
    }

    private async Task<SenderLink> LinkAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (sender is { IsClosed: false } && connection is { IsClosed: false })
            {
                return sender;
            }

            connection = await new ConnectionFactory().CreateAsync(bus.Broker.Address());
            sender = new SenderLink(new Session(connection), "fault-crm", "/amq/queue/" + bus.CommandsQueue);
            return sender;
        }
        finally
        {
            gate.Release();
        }
    }

    // A failed send leaves its connection in an unknown state: drop it (unless another send replaced it already), and
    // the next send opens a new one.
    private async Task ResetAsync(SenderLink? failed)
    {
        await gate.WaitAsync();
        var old = failed is not null && ReferenceEquals(failed, sender) ? connection : null;
        if (old is not null)
        {
            connection = null;
            sender = null;
        }

        gate.Release();
        if (old is { IsClosed: false })
        {
            try
            {
                await old.CloseAsync();
            }
            catch (Exception ex) when (ex is AmqpException or SocketException or IOException or TimeoutException or ObjectDisposedException)
            {
                // it was broken already
            }
        }
    }
}
