using Microsoft.Extensions.Options;
using Router.Routing;
using Router.Rules.Routing;
using Router.Rules.Sla;

namespace Router.Sla;

/// <summary>The SLA policies file (<c>Router:Sla:File</c>), checked against the routing queues, reloaded on change.</summary>
internal sealed class SlaRulesFile : ISlaPolicySource, IDisposable
{
    private readonly WatchedRulesFile<SlaPolicySet> file;

    public SlaRulesFile(IOptions<SlaOptions> options, IOptions<RoutingOptions> routing, IConfiguration configuration,
        IRoutingPolicySource queues, ILogger<SlaRulesFile> logger)
    {
        var path = Path.GetFullPath(options.Value.File, configuration["Router:ConfigDir"] ?? Directory.GetCurrentDirectory());
        file = new WatchedRulesFile<SlaPolicySet>(
            path, (text, name) => Compile(text, name, queues.Current), TimeSpan.FromMilliseconds(routing.Value.DebounceMilliseconds), logger);
        file.Changed += (previous, current) => Changed?.Invoke(previous, current);
    }

    public event Action<SlaPolicySet, SlaPolicySet>? Changed;

    public SlaPolicySet Current => file.Current;

    public string? ReloadError => file.ReloadError;

    /// <summary>Compiles SLA policies, checking their <c>move</c> steps against the queues of <paramref name="routing"/>.</summary>
    public static (SlaPolicySet?, IReadOnlyList<RoutingError>) Compile(string text, string path, RoutingPolicy? routing)
    {
        var queues = routing?.Queues.Select(q => q.Name).ToHashSet(StringComparer.Ordinal);
        var result = SlaCompiler.Compile(text, path, queues);
        return (result.Policies, result.Errors);
    }

    public void Dispose() => file.Dispose();
}
