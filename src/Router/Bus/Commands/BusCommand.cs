using System.Text.Json;
using System.Text.Json.Nodes;

namespace Router.Bus.Commands;

/// <summary>A command as it came off the bus: its message-id, its <c>type</c>, and its <c>data</c> object.</summary>
internal sealed record BusCommand(string MessageId, string Type, JsonObject Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The data as <typeparamref name="T"/>; throws <see cref="JsonException"/> when it does not fit.</summary>
    public T Read<T>()
        where T : class => Data.Deserialize<T>(Json) ?? throw new JsonException("data is null.");
}
