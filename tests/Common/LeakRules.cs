using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.TestSupport;

/// <summary>
/// What must never reach a log, one rule set for the in-process log tests (Router.IntegrationTests' LogScanner) and the
/// fault suite's scan of router processes' console output (Router.FaultTests' RouterLogScanner): email addresses,
/// E.164-looking phone numbers, bearer credentials and given strings (secrets, signatures, message bodies). Text is
/// URL-decoded too, so <c>ann%40example.com</c> counts.
/// </summary>
internal sealed partial class LeakRules
{
    private readonly string[] strings;
    private readonly SearchValues<string> search;

    /// <param name="forbidden">Secrets and bodies; those shorter than 4 characters are left out (they would match anywhere).</param>
    public LeakRules(IEnumerable<string> forbidden)
    {
        strings = forbidden.Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal).ToArray();
        search = SearchValues.Create(strings, StringComparison.Ordinal);
    }

    /// <summary>What <paramref name="text"/> holds that it must not, one description each.</summary>
    public IEnumerable<string> Find(string text)
    {
        text = Decode(text);
        foreach (Match m in Email().Matches(text))
        {
            yield return "email address " + m.Value;
        }

        foreach (Match m in Phone().Matches(text))
        {
            yield return "phone number " + m.Value;
        }

        if (text.Contains("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            yield return "a bearer credential";
        }

        for (var at = text.AsSpan().IndexOfAny(search); at >= 0; at = Next(text, at))
        {
            var start = at;
            yield return $"the secret or body '{strings.First(s => text.AsSpan(start).StartsWith(s, StringComparison.Ordinal))}'";
        }
    }

    private int Next(string text, int at) =>
        text.AsSpan(at + 1).IndexOfAny(search) is var next and >= 0 ? at + 1 + next : -1;

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
