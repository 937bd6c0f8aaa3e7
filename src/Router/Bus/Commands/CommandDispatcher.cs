using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amqp;
using Microsoft.Extensions.Options;
using Router.Hosting;

namespace Router.Bus.Commands;

/// <summary>
/// Reads a command message (a JSON object <c>{ "type": "...", "data": { ... } }</c> in a data or string body, with a
/// message-id) and hands it to the handler of its type. Anything that cannot be a valid command is rejected with a
/// reason; failures of Redis propagate as exceptions, so the delivery is released and tried again.
/// </summary>
internal sealed class CommandDispatcher(IEnumerable<IBusCommandHandler> handlers, IOptions<RouterOptions> router)
{
    /// <summary>Longest message-id accepted: it becomes part of a Redis key and of an external id.</summary>
    public const int MaxMessageIdLength = 100;

    private readonly FrozenDictionary<string, IBusCommandHandler> byType = handlers.ToFrozenDictionary(h => h.Type, StringComparer.Ordinal);

    /// <summary>The command types understood, for error messages and docs.</summary>
    public IEnumerable<string> Types => byType.Keys.Order(StringComparer.Ordinal);

    /// <summary>The message-id as text, or null when it has none (or one too long to remember).</summary>
    public static string? MessageId(Message message) => message.Properties?.GetMessageId() switch
    {
        null => null,
        string { Length: > 0 and <= MaxMessageIdLength } s => s,
        Guid g => g.ToString("D"),
        byte[] { Length: > 0 and <= MaxMessageIdLength / 2 } b => Convert.ToHexString(b),
        string or byte[] => null,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    /// <summary>The command's type if it can be read, for metrics; "unknown" otherwise.</summary>
    public async Task<(string Type, CommandOutcome Outcome)> HandleAsync(Message message)
    {
        var id = MessageId(message);
        if (id is null)
        {
            return ("unknown", CommandOutcome.Invalid($"The message needs a message-id (1-{MaxMessageIdLength} characters): it makes redeliveries harmless."));
        }

        if (!TryRead(message, out var command, out var problem))
        {
            return ("unknown", problem);
        }

        if (!byType.TryGetValue(command.Type, out var handler))
        {
            return ("unknown", CommandOutcome.Invalid($"Unknown command type '{Shorten(command.Type)}'; known: {string.Join(", ", Types)}."));
        }

        try
        {
            return (command.Type, await handler.HandleAsync(command with { MessageId = id }));
        }
        catch (JsonException ex)
        {
            return (command.Type, CommandOutcome.Invalid($"data does not fit {command.Type}: {ex.Message}"));
        }
    }

    private bool TryRead(Message message, out BusCommand command, out CommandOutcome problem)
    {
        command = null!;
        var text = message.Body switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            string s => s,
            _ => null,
        };
        if (text is null)
        {
            problem = CommandOutcome.Undecodable("The body must be JSON text, as a data section (UTF-8) or a string value.");
            return false;
        }

        if (text.Length > router.Value.MaxRequestBodyBytes)
        {
            problem = CommandOutcome.Invalid($"The body is larger than Router:MaxRequestBodyBytes ({router.Value.MaxRequestBodyBytes} bytes).");
            return false;
        }

        try
        {
            if (JsonNode.Parse(text) is JsonObject { } root && root["type"] is JsonValue type && type.TryGetValue<string>(out var name)
                && root["data"] is JsonObject data)
            {
                command = new BusCommand("", name, data);
                problem = CommandOutcome.Done;
                return true;
            }

            problem = CommandOutcome.Invalid("The body must be a JSON object with a string 'type' and an object 'data'.");
            return false;
        }
        catch (JsonException ex)
        {
            problem = CommandOutcome.Undecodable($"The body is not JSON: {ex.Message}");
            return false;
        }
    }

    private static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "…";
}
