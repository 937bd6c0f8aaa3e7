using System.Text.RegularExpressions;

namespace Router.IntegrationTests.Observability;

/// <summary>
/// Finds what must never reach a log: email addresses, E.164-looking phone numbers, bearer credentials, the
/// configured secrets and known message bodies. Text is URL-decoded first, so <c>ann%40example.com</c> counts.
/// </summary>
public static partial class LogScanner
{
    /// <summary>Every leak in <paramref name="logs"/>, one line each naming the log call and what it held.</summary>
    public static IReadOnlyList<string> Leaks(CapturedLogs logs, IEnumerable<string> secrets, IEnumerable<string> bodies)
    {
        var forbidden = secrets.Concat(bodies).Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal).ToArray();
        var leaks = new List<string>();
        foreach (var record in logs.Records)
        {
            foreach (var text in record.Texts().Select(Decode))
            {
                var found = new List<string>();
                found.AddRange(Email().Matches(text).Select(m => "email address " + m.Value));
                found.AddRange(Phone().Matches(text).Select(m => "phone number " + m.Value));
                if (text.Contains("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add("a bearer credential");
                }

                found.AddRange(forbidden.Where(f => text.Contains(f, StringComparison.Ordinal)).Select(f => $"the secret or body '{f}'"));
                leaks.AddRange(found.Select(f => $"{record}: {f}"));
            }
        }

        return leaks.Distinct(StringComparer.Ordinal).ToArray();
    }

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
