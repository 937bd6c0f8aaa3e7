using System.Text.Json;
using Router.TestSupport;

namespace Router.FaultTests.Infrastructure;

/// <summary>
/// Finds what must never reach a log (<see cref="LeakRules"/>, shared with the integration tests) in a router process's
/// console lines. A JSON line is read as JSON, so every value, scope and exception is scanned unescaped (the JSON
/// writer escapes <c>+</c>).
/// </summary>
internal static class RouterLogScanner
{
    /// <summary>Every leak, one line each naming what it held and the start of the log line.</summary>
    public static IReadOnlyList<string> Leaks(IEnumerable<string> lines, IEnumerable<string> forbidden)
    {
        var rules = new LeakRules(forbidden);
        return lines
            .SelectMany(line => Texts(line).SelectMany(rules.Find).Select(found => $"{found} in: {(line.Length > 300 ? line[..300] + "…" : line)}"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    // The line as written, and each string in it when it is the JSON console formatter's output.
    private static IEnumerable<string> Texts(string line)
    {
        yield return line;
        if (!line.StartsWith('{'))
        {
            yield break;
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            yield break;
        }

        using (json)
        {
            foreach (var value in Strings(json.RootElement))
            {
                yield return value;
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)).ToArray(),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings).ToArray(),
        _ => [],
    };
}
