using System.Text.Json;
using System.Text.Json.Nodes;

namespace Router.Rules.Expressions;

/// <summary>Finds the fact a path names.</summary>
internal static class PathResolver
{
    // Task payloads keep routing data under "attributes", and config authors write `customer.tier`, not
    // `attributes.customer.tier`; top-level facts such as `channel` still win when they exist.
    private const string AttributesProperty = "attributes";

    /// <summary>The node at <paramref name="path"/>, or null when it is missing or JSON null.</summary>
    public static JsonNode? Resolve(JsonObject facts, PathOperand path)
    {
        var segments = path.Segments;
        JsonObject scope = facts;
        if (!facts.ContainsKey(segments[0]) && facts[AttributesProperty] is JsonObject attributes)
        {
            scope = attributes;
        }

        JsonNode? node = scope;
        foreach (var segment in segments)
        {
            if (node is not JsonObject map || !map.TryGetPropertyValue(segment, out node))
            {
                return null;
            }
        }

        // A JsonValue can wrap a JSON null (JsonValue.Create of a null JsonElement); that is missing too.
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Null ? null : node;
    }
}
