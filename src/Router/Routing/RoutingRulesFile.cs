using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Router.Rules.Routing;

namespace Router.Routing;

/// <summary>
/// Loads the routing rules file at start (a broken file stops the router with every error listed) and reloads it
/// when it changes. A reload that does not compile is refused: the last good policy stays in force, the errors are
/// logged, and <c>/health</c> reports degraded until a good file is saved.
/// </summary>
internal sealed class RoutingRulesFile : IRoutingPolicySource, IDisposable
{
    private readonly string path;
    private readonly ILogger<RoutingRulesFile> logger;
    private readonly PhysicalFileProvider files;
    private readonly IDisposable watch;
    private readonly TimeSpan debounce;
    private RoutingPolicy current;
    private int generation;

    public RoutingRulesFile(IOptions<RoutingOptions> options, IConfiguration configuration, ILogger<RoutingRulesFile> logger)
    {
        this.logger = logger;
        path = Path.GetFullPath(options.Value.File, configuration["Router:ConfigDir"] ?? Directory.GetCurrentDirectory());
        debounce = TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds);
        var result = Compile(path);
        current = result.Policy ?? throw new RoutingRulesException(path, result.Errors);
        files = new PhysicalFileProvider(Path.GetDirectoryName(path)!) { UsePollingFileWatcher = false };
        watch = ChangeToken.OnChange(() => files.Watch(Path.GetFileName(path)), OnFileChanged);
    }

    public RoutingPolicy Current => Volatile.Read(ref current);

    public string? ReloadError { get; private set; }

    public event Action<RoutingPolicy>? Changed;

    /// <summary>Reads and compiles a rules file.</summary>
    public static RoutingCompileResult Compile(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException ex)
        {
            return new(null, [new RoutingError(file, "file", "", 0, ex.Message)]);
        }

        return RoutingCompiler.Compile(text, file);
    }

    /// <summary>Reads the file again now; returns the errors when it was refused.</summary>
    public IReadOnlyList<RoutingError> Reload()
    {
        var result = Compile(path);
        if (result.Policy is null)
        {
            ReloadError = $"{result.Errors.Count} error(s) in {Path.GetFileName(path)}; the previous rules stay in force. First: {result.Errors[0]}";
            Log.ReloadRefused(logger, path, string.Join(Environment.NewLine, result.Errors));
            return result.Errors;
        }

        Volatile.Write(ref current, result.Policy);
        ReloadError = null;
        Log.Reloaded(logger, path, result.Policy.Rules.Count, result.Policy.Queues.Count);
        Changed?.Invoke(result.Policy);
        return [];
    }

    public void Dispose()
    {
        watch.Dispose();
        files.Dispose();
    }

    private void OnFileChanged()
    {
        var mine = Interlocked.Increment(ref generation);
        _ = Task.Delay(debounce).ContinueWith(
            _ =>
            {
                if (mine == Volatile.Read(ref generation))
                {
                    Reload();
                }
            },
            TaskScheduler.Default);
    }
}
