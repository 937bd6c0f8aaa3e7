using System.Globalization;
using Amqp;
using Amqp.Framing;

namespace Router.FaultTests.Infrastructure;

/// <summary>
/// The CRM's side of the bus for one run: durable commands and events queues of its own on the broker, an account of
/// its own for the routers (so the scan can look for its password), and the router settings that point at them.
/// </summary>
internal sealed class FaultBus : IAsyncDisposable
{
    private FaultBus(RabbitMqBroker broker, string name)
    {
        Broker = broker;
        CommandsQueue = name + ".commands";
        EventsQueue = name + ".events";
        User = name;
    }

    public RabbitMqBroker Broker { get; }

    public string CommandsQueue { get; }

    public string EventsQueue { get; }

    public string User { get; }

    /// <summary>The account the routers use: the run's own, so no other log line could hold its password by chance.</summary>
    public string Password { get; } = "fault-amqp-" + Guid.NewGuid().ToString("N");

    public static async Task<FaultBus> CreateAsync(RabbitMqBroker broker)
    {
        var bus = new FaultBus(broker, "router-fault." + Guid.NewGuid().ToString("N")[..10]);
        await broker.CtlAsync("add_user", bus.User, bus.Password);
        await broker.CtlAsync("set_permissions", "-p", "/", bus.User, ".*", ".*", ".*");
        var connection = await new ConnectionFactory().CreateAsync(broker.Address());
        try
        {
            var session = new Session(connection);
            foreach (var queue in new[] { bus.CommandsQueue, bus.EventsQueue })
            {
                // RabbitMQ 3.10 declares a queue for /queue/NAME, durable when the target asks for it.
                var declare = new SenderLink(session, "declare-" + queue, new Target { Address = "/queue/" + queue, Durable = 2 }, null);
                await declare.CloseAsync();
            }
        }
        finally
        {
            await connection.CloseAsync();
        }

        return bus;
    }

    /// <summary>Router settings (environment variables) for the bus: commands in, events out, quick reconnects.</summary>
    public Dictionary<string, string> RouterEnvironment() => new()
    {
        ["Router__Bus__Enabled"] = "true",
        ["Router__Bus__Kind"] = "amqp",
        ["Router__Bus__Host"] = Broker.Uri.Host,
        ["Router__Bus__Port"] = Broker.Uri.Port.ToString(CultureInfo.InvariantCulture),
        ["Router__Bus__User"] = User,
        ["Router__Bus__Password"] = Password,
        ["Router__Bus__CommandsAddress"] = "/amq/queue/" + CommandsQueue,
        ["Router__Bus__EventsAddress"] = "/amq/queue/" + EventsQueue,
        ["Router__Bus__MaxReconnectDelaySeconds"] = "1",
        ["Router__Bus__PollMilliseconds"] = "20",
    };

    /// <summary>Removes what the run left on a shared broker (one of the run's own goes away whole); best effort.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!Broker.Own)
        {
            // Each rabbitmqctl call starts an Erlang VM (seconds on a busy machine): run them side by side.
            await Task.WhenAll(new[] { CommandsQueue, EventsQueue }.Select(q => new[] { "delete_queue", q }).Append(["delete_user", User]).Select(CtlQuietlyAsync));
        }
    }

    private async Task CtlQuietlyAsync(string[] args)
    {
        try
        {
            await Broker.CtlAsync(args);
        }
        catch (InvalidOperationException)
        {
            // already gone, or the broker is on its way down
        }
    }
}
