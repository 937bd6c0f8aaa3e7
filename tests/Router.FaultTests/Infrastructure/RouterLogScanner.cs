using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Router.FaultTests.Infrastructure;

/// <summary>
/// Finds what must never reach a log, by the rules of tests/Router.IntegrationTests/Observability/LogScanner.cs, over
/// a router process's console lines: email addresses, E.164-looking phone numbers, bearer credentials, and given
/// strings (secrets, signatures, message bodies). A JSON line is read as JSON, so every value, scope and exception is
/// scanned unescaped (the JSON writer escapes <c>+</c>); text is URL-decoded too, so <c>ann%40example.com</c> counts.
/// </summary>
internal static partial class RouterLogScanner
{
    /// <summary>Every leak, one line each naming what it held and the start of the log line.</summary>
    public static IReadOnlyList<string> Leaks(IEnumerable<string> lines, IEnumerable<string> forbidden)
    {
        var strings = forbidden.Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal).ToArray();
        var search = SearchValues.Create(strings, StringComparison.Ordinal);
        var leaks = new List<string>();
        foreach (var line in lines)
        {
            foreach (var text in Texts(line).Select(Decode))
            {
                var found = new List<string>();
                found.AddRange(Email().Matches(text).Select(m => "email address " + m.Value));
                found.AddRange(Phone().Matches(text).Select(m => "phone number " + m.Value));
                if (text.Contains("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add("a bearer credential");
                }

                for (var at = text.AsSpan().IndexOfAny(search); at >= 0; at = Next(text, at, search))
                {
                    found.Add($"the secret or body '{strings.First(s => text.AsSpan(at).StartsWith(s, StringComparison.Ordinal))}'");
                }

                leaks.AddRange(found.Select(f => $"{f} in: {(line.Length > 300 ? line[..300] + "…" : line)}"));
            }
        }

        return leaks.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static int Next(string text, int at, SearchValues<string> search) =>
        text.AsSpan(at + 1).IndexOfAny(search) is var next and >= 0 ? at + 1 + next : -1;

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

    private static string Decode(string text)
    {
        try
        {
            return text + "\n" + Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    // A redacted address (a***@example.com) has no address characters right before the @, so it does not match.
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\+[1-9][0-9]{7,14}\b")]
    private static partial Regex Phone();
}
