using Microsoft.Extensions.Options;
using Router.Rules.Routing;

namespace Router.Routing;

/// <summary>The routing rules file (<c>Router:Routing:File</c>), kept current as supervisors edit it.</summary>
internal sealed class RoutingRulesFile : IRoutingPolicySource, IDisposable
{
    private readonly WatchedRulesFile<RoutingPolicy> file;

    public RoutingRulesFile(IOptions<RoutingOptions> options, IConfiguration configuration, ILogger<RoutingRulesFile> logger)
    {
        var path = Path.GetFullPath(options.Value.File, configuration["Router:ConfigDir"] ?? Directory.GetCurrentDirectory());
        file = new WatchedRulesFile<RoutingPolicy>(path, Compile, TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds), logger);
        file.Changed += (_, policy) => Changed?.Invoke(policy);
    }

    public event Action<RoutingPolicy>? Changed;

    public RoutingPolicy Current => file.Current;

    public string? ReloadError => file.ReloadError;

    /// <summary>Reads and compiles a routing rules file.</summary>
    public static RoutingCompileResult Compile(string path)
    {
        var (policy, errors) = WatchedRulesFile<RoutingPolicy>.Compile(path, Compile);
        return new RoutingCompileResult(policy, errors);
    }

    /// <summary>Reads the file again now; returns the errors when it was refused.</summary>
    public IReadOnlyList<RoutingError> Reload() => file.Reload();

    public void Dispose() => file.Dispose();

    private static (RoutingPolicy?, IReadOnlyList<RoutingError>) Compile(string text, string path)
    {
        var result = RoutingCompiler.Compile(text, path);
        return (result.Policy, result.Errors);
    }
}
