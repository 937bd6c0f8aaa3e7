using System.Collections.Concurrent;

namespace Router.FaultTests.Infrastructure;

/// <summary>
/// Every line the run's router processes wrote, stdout and stderr, from every start: what the log scan reads, and
/// what is saved to a file for a reader of a failed run.
/// </summary>
internal sealed class RouterLogs
{
    private readonly ConcurrentQueue<(string Router, string Line)> lines = new();

    /// <summary>Router settings for the run: everything at Information, the router's own code at Debug, one JSON object per line with scopes.</summary>
    public static Dictionary<string, string> RouterEnvironment() => new()
    {
        ["Logging__LogLevel__Default"] = "Information",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
        ["Logging__LogLevel__Router"] = "Debug",
        ["Logging__Console__FormatterName"] = "json",
        ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
    };

    public int Count => lines.Count;

    public IEnumerable<string> Lines => lines.Select(l => l.Line);

    /// <summary>The capture for one router process.</summary>
    public Action<string> For(string router) => line => lines.Enqueue((router, line));

    /// <summary>Writes the lines to a file (router name, then the line) and returns its path.</summary>
    public async Task<string> SaveAsync(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), name + ".log");
        await File.WriteAllLinesAsync(path, lines.Select(l => l.Router + " " + l.Line));
        return path;
    }
}
