using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amqp;
using Amqp.Framing;
using StackExchange.Redis;

namespace Router.Bus.Events;

/// <summary>
/// Turns an outbox entry into the AMQP message other systems receive: a JSON envelope
/// <c>{ id, type, time, workspace, subject, data }</c> whose <c>id</c> (also the AMQP message-id) is
/// <c>{workspace}:{outbox entry id}</c>, so publishing the same event again gives the same id.
/// </summary>
internal static class EventEnvelope
{
    public static string Id(string workspace, StreamEntry entry) => workspace + ":" + entry.Id;

    public static Message ToMessage(string workspace, StreamEntry entry)
    {
        var type = (string?)entry["type"] ?? "unknown";
        var subject = (string?)entry["subject"] ?? "";
        var time = Time((string?)entry["at"]);
        var id = Id(workspace, entry);
        var data = JsonNode.Parse((string?)entry["data"] ?? "{}") as JsonObject ?? [];
        foreach (var name in data.Select(p => p.Key).Where(n => n.EndsWith("At", StringComparison.Ordinal)).ToArray())
        {
            if (data[name] is JsonValue value && value.TryGetValue<double>(out var ms))
            {
                data[name] = Format(DateTimeOffset.UnixEpoch.AddTicks((long)(ms * TimeSpan.TicksPerMillisecond)));
            }
        }

        var envelope = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["time"] = Format(time),
            ["workspace"] = workspace,
            ["subject"] = subject,
            ["data"] = data,
        };
        var message = new Message
        {
            BodySection = new Data { Binary = JsonSerializer.SerializeToUtf8Bytes(envelope) },
            Header = new Header { Durable = true },
            Properties = new Properties
            {
                MessageId = id,
                Subject = type,
                ContentType = "application/json",
                CreationTime = time.UtcDateTime,
                // Azure Service Bus sessions key on it, so a session-enabled entity keeps each item's events in order.
                GroupId = subject,
            },
            ApplicationProperties = new ApplicationProperties(),
        };
        message.ApplicationProperties["type"] = type;
        message.ApplicationProperties["workspace"] = workspace;
        message.ApplicationProperties["subject"] = subject;
        return message;
    }

    private static DateTimeOffset Time(string? at) =>
        double.TryParse(at, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.UnixEpoch.AddTicks((long)(ms * TimeSpan.TicksPerMillisecond))
            : DateTimeOffset.UnixEpoch;

    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
