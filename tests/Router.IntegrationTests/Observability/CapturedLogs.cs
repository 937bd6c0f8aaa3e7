using Microsoft.Extensions.Logging;

namespace Router.IntegrationTests.Observability;

/// <summary>
/// Captures everything a host logs: the formatted message, every structured value, the exception with its inner
/// exceptions and the scopes around it. Add it with <c>services: s => s.AddSingleton&lt;ILoggerProvider&gt;(logs)</c>
/// and set <c>Logging:LogLevel:Default</c> to the level to see.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly Lock gate = new();
    private readonly List<LogRecord> records = [];
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogRecord> Records
    {
        get
        {
            lock (gate)
            {
                return records.ToArray();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add(LogRecord record)
    {
        lock (gate)
        {
            records.Add(record);
        }
    }

    /// <summary>One log call: every piece of text it carried, so a scanner sees what any sink could write.</summary>
    public sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Values, string? Exception)
    {
        public IEnumerable<string> Texts() => [Message, .. Values, Exception ?? ""];

        public override string ToString() => $"{Level} {Category}[{EventId.Id}]: {Message}";
    }

    private sealed class Capturing(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<string>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                values.AddRange(pairs.Select(p => $"{p.Key}={p.Value}"));
            }

            owner.scopes.ForEachScope((scope, acc) => acc.Add(Flatten(scope)), values);
            owner.Add(new LogRecord(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }

        private static string Flatten(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : scope?.ToString() ?? "";
    }
}
