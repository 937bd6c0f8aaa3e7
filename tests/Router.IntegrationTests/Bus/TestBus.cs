using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amqp;
using Amqp.Framing;

namespace Router.IntegrationTests.Bus;

/// <summary>
/// A CRM's side of the bus for one test: its own durable commands and events queues (named <c>router-test.*</c>, so
/// the broker's test policy dead-letters rejected commands into amq.topic), a dead-letter subscription, and the
/// router settings that point a host at them.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly RabbitMqBroker broker;
    private readonly Connection connection;
    private readonly Session session;
    private readonly ReceiverLink deadLetters;
    private readonly List<Message> dead = [];

    private TestBus(RabbitMqBroker broker, string name, Connection connection, Session session, ReceiverLink deadLetters)
    {
        Name = name;
        this.broker = broker;
        this.connection = connection;
        this.session = session;
        this.deadLetters = deadLetters;
        CommandsQueue = name + ".commands";
        EventsQueue = name + ".events";
    }

    public string Name { get; }

    public string CommandsQueue { get; }

    public string EventsQueue { get; }

    /// <summary>Events received so far, as JSON envelopes, in arrival order (duplicates kept).</summary>
    public List<JsonObject> Events { get; } = [];

    /// <summary>The AMQP message-ids of <see cref="Events"/>, in the same order.</summary>
    public List<string> EventMessageIds { get; } = [];

    public static async Task<TestBus> CreateAsync(RabbitMqBroker? broker = null) =>
        await OpenAsync(broker ?? await RabbitMqBroker.GetAsync(), "router-test." + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The same queues on a new connection (after the broker restarted under the old one).</summary>
    public static Task<TestBus> ReopenAsync(TestBus bus) => OpenAsync(bus.broker, bus.Name);

    private static async Task<TestBus> OpenAsync(RabbitMqBroker broker, string name)
    {
        var connection = await new ConnectionFactory().CreateAsync(broker.Address());
        var session = new Session(connection);
        foreach (var queue in new[] { name + ".commands", name + ".events" })
        {
            // RabbitMQ 3.10 declares a queue for /queue/NAME, durable when the target asks for it.
            var declare = new SenderLink(session, "declare-" + queue, new Target { Address = "/queue/" + queue, Durable = 2 }, null);
            await declare.CloseAsync();
        }

        // Rejected commands are dead-lettered to amq.topic under the queue's name: this subscription catches them.
        var deadLetters = new ReceiverLink(session, "dead-" + name, "/topic/" + name + ".commands");
        deadLetters.SetCredit(100);
        return new TestBus(broker, name, connection, session, deadLetters);
    }

    /// <summary>Router settings for a host on this bus; <paramref name="extra"/> wins.</summary>
    public Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Router:Bus:Enabled"] = "true",
            ["Router:Bus:Kind"] = "amqp",
            ["Router:Bus:Host"] = broker.Uri.Host,
            ["Router:Bus:Port"] = broker.Uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Router:Bus:User"] = broker.User,
            ["Router:Bus:Password"] = broker.Password,
            ["Router:Bus:CommandsAddress"] = "/amq/queue/" + CommandsQueue,
            ["Router:Bus:EventsAddress"] = "/amq/queue/" + EventsQueue,
            ["Router:Bus:MaxReconnectDelaySeconds"] = "1",
            ["Router:Bus:PollMilliseconds"] = "20",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Sends a command <c>{ type, data }</c> with the message-id, as a UTF-8 JSON data section.</summary>
    public Task SendCommandAsync(string messageId, string type, object data) =>
        SendAsync(messageId, JsonSerializer.Serialize(new { type, data }, Json));

    /// <summary>Sends any body text (null message-id for none).</summary>
    public Task SendAsync(string? messageId, string body) => SendMessageAsync(new Message
    {
        BodySection = new Data { Binary = Encoding.UTF8.GetBytes(body) },
        Properties = new Properties { MessageId = messageId },
        Header = new Header { Durable = true },
    });

    /// <summary>Sends a message as it is.</summary>
    public async Task SendMessageAsync(Message message)
    {
        var sender = new SenderLink(session, "cmd-" + Guid.NewGuid().ToString("N")[..8], "/amq/queue/" + CommandsQueue);
        await sender.SendAsync(message);
        await sender.CloseAsync();
    }

    /// <summary>Receives events until <paramref name="done"/> holds for all received so far; fails after the timeout.</summary>
    public async Task<List<JsonObject>> WaitForEventsAsync(Func<List<JsonObject>, bool> done, string what, int timeoutMs = 10_000)
    {
        var connectionForEvents = await new ConnectionFactory().CreateAsync(broker.Address());
        try
        {
            var receiver = new ReceiverLink(new Session(connectionForEvents), "events", "/amq/queue/" + EventsQueue);
            var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            while (!done(Events))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Timed out after {timeoutMs} ms waiting for {what}; got {Events.Count}: {string.Join(", ", Events.GroupBy(e => (string?)e["type"]).Select(g => $"{g.Count()} {g.Key}"))}");
                }

                var message = await receiver.ReceiveAsync(TimeSpan.FromMilliseconds(200));
                if (message is not null)
                {
                    Events.Add(JsonNode.Parse((byte[])message.Body)!.AsObject());
                    EventMessageIds.Add(message.Properties.MessageId);
                    receiver.Accept(message);
                }
            }

            return Events;
        }
        finally
        {
            await connectionForEvents.CloseAsync();
        }
    }

    /// <summary>Events of one type about one subject.</summary>
    public IEnumerable<JsonObject> Of(string type, string? subject = null) =>
        Events.Where(e => (string?)e["type"] == type && (subject is null || (string?)e["subject"] == subject));

    /// <summary>
    /// Collects dead letters until one matches <paramref name="which"/>, then for <paramref name="settle"/> more (so a
    /// second copy would show); returns all that match.
    /// </summary>
    public async Task<List<Message>> DeadLettersAsync(Func<Message, bool> which, TimeSpan settle, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!dead.Any(which) && DateTime.UtcNow < deadline)
        {
            await TakeDeadLetterAsync(TimeSpan.FromMilliseconds(200));
        }

        var quietUntil = DateTime.UtcNow + settle;
        while (DateTime.UtcNow < quietUntil)
        {
            await TakeDeadLetterAsync(TimeSpan.FromMilliseconds(100));
        }

        return dead.Where(which).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await deadLetters.CloseAsync();
            await connection.CloseAsync();
        }
        catch (AmqpException)
        {
            // the broker restarted under this connection
        }
    }

    private async Task TakeDeadLetterAsync(TimeSpan wait)
    {
        var message = await deadLetters.ReceiveAsync(wait);
        if (message is not null)
        {
            dead.Add(message);
            deadLetters.Accept(message);
        }
    }
}
