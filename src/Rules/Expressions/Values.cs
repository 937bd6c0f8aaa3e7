using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Router.Rules.Expressions;

/// <summary>A value at evaluation time, from a literal or from the facts; null stands for missing.</summary>
internal abstract record Value
{
    /// <summary>Views a fact as a value; JSON null, NaN and shapes JSON cannot hold are missing.</summary>
    public static Value? From(JsonNode? node) => node switch
    {
        JsonObject map => new MapValue(map),
        // Lazily, so that CONTAINS on a long list stops at the first match and copies nothing.
        JsonArray list => new ListValue(list.Select(From)),
        JsonValue scalar => FromScalar(scalar),
        _ => null,
    };

    private static Value? FromScalar(JsonValue scalar) => scalar.GetValueKind() switch
    {
        JsonValueKind.String => ReadString(scalar) is { } text ? new StringValue(text) : null,
        JsonValueKind.Number => ReadNumber(scalar) is { } number && !double.IsNaN(number) ? new NumberValue(number) : null,
        JsonValueKind.True => new BooleanValue(true),
        JsonValueKind.False => new BooleanValue(false),
        _ => null,
    };

    private static string? ReadString(JsonValue scalar)
    {
        if (scalar.TryGetValue(out string? text))
        {
            return text;
        }

        // Values built in C# from a char, Guid or DateTime are JSON strings but not .NET strings.
        return scalar.TryGetValue(out char c) ? c.ToString() : JsonSerializer.Deserialize<string>(scalar.ToJsonString());
    }

    // A number parsed from JSON text reads as double; one built in C# reads only as the type it was built from.
    private static double? ReadNumber(JsonValue scalar) =>
        Read<double>(scalar) ?? Read<long>(scalar) ?? Read<int>(scalar) ?? Read<decimal>(scalar) ?? Read<float>(scalar)
        ?? Read<ulong>(scalar) ?? Read<uint>(scalar) ?? Read<short>(scalar) ?? Read<ushort>(scalar)
        ?? Read<byte>(scalar) ?? Read<sbyte>(scalar) ?? Read<Half>(scalar)
        ?? (double.TryParse(scalar.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null);

    private static double? Read<T>(JsonValue scalar)
        where T : INumberBase<T> =>
        scalar.TryGetValue(out T? number) ? double.CreateSaturating(number) : null;
}

internal sealed record StringValue(string Text) : Value;

internal sealed record NumberValue(double Number) : Value;

internal sealed record BooleanValue(bool Flag) : Value;

/// <summary>A list; a null item is a JSON null element, which equals nothing.</summary>
internal sealed record ListValue(IEnumerable<Value?> Items) : Value;

internal sealed record MapValue(JsonObject Map) : Value;
