using Router.TestSupport;

namespace Router.IntegrationTests.Observability;

/// <summary>
/// Finds what must never reach a log (<see cref="LeakRules"/>: email addresses, E.164-looking phone numbers, bearer
/// credentials, the configured secrets and known message bodies) in the log records a test host captured.
/// </summary>
public static class LogScanner
{
    /// <summary>Every leak in <paramref name="logs"/>, one line each naming the log call and what it held.</summary>
    public static IReadOnlyList<string> Leaks(CapturedLogs logs, IEnumerable<string> secrets, IEnumerable<string> bodies)
    {
        var rules = new LeakRules(secrets.Concat(bodies));
        return logs.Records
            .SelectMany(record => record.Texts().SelectMany(rules.Find).Select(found => $"{record}: {found}"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
