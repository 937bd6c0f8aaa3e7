using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Router.Rules.Routing;

namespace Router.Routing;

/// <summary>
/// A supervisor-edited rules file, compiled at start (a broken file stops the router, listing every error) and again
/// whenever it changes. A reload that does not compile is refused: the last good value stays in force, the errors
/// are logged, and <see cref="ReloadError"/> says why until a good file is saved.
/// </summary>
/// <typeparam name="T">The compiled form (a routing policy, an SLA policy set).</typeparam>
internal sealed class WatchedRulesFile<T> : IDisposable
    where T : class
{
    private readonly Func<string, string, (T? Value, IReadOnlyList<RoutingError> Errors)> compile;
    private readonly ILogger logger;
    private readonly PhysicalFileProvider files;
    private readonly IDisposable watch;
    private readonly TimeSpan debounce;
    private T current;
    private int generation;

    public WatchedRulesFile(string path, Func<string, string, (T? Value, IReadOnlyList<RoutingError> Errors)> compile, TimeSpan debounce, ILogger logger)
    {
        Path = path;
        this.compile = compile;
        this.debounce = debounce;
        this.logger = logger;
        var (value, errors) = Compile(path, compile);
        current = value ?? throw new RoutingRulesException(path, errors);
        files = new PhysicalFileProvider(System.IO.Path.GetDirectoryName(path)!);
        watch = ChangeToken.OnChange(() => files.Watch(System.IO.Path.GetFileName(path)), OnFileChanged);
    }

    /// <summary>The file, as a full path.</summary>
    public string Path { get; }

    public T Current => Volatile.Read(ref current);

    public string? ReloadError { get; private set; }

    /// <summary>Raised after a new value took effect, with the previous one.</summary>
    public event Action<T, T>? Changed;

    /// <summary>Reads and compiles a file; an unreadable file is an error like any other.</summary>
    public static (T? Value, IReadOnlyList<RoutingError> Errors) Compile(
        string path, Func<string, string, (T? Value, IReadOnlyList<RoutingError> Errors)> compile)
    {
        try
        {
            return compile(File.ReadAllText(path), path);
        }
        catch (IOException ex)
        {
            return (null, [new RoutingError(path, "file", "", 0, ex.Message)]);
        }
    }

    /// <summary>Reads the file again now; returns the errors when it was refused.</summary>
    public IReadOnlyList<RoutingError> Reload()
    {
        var (value, errors) = Compile(Path, compile);
        if (value is null)
        {
            ReloadError = $"{errors.Count} error(s) in {System.IO.Path.GetFileName(Path)}; the previous rules stay in force. First: {errors[0]}";
            Log.ReloadRefused(logger, Path, string.Join(Environment.NewLine, errors));
            return errors;
        }

        var previous = Interlocked.Exchange(ref current, value);
        ReloadError = null;
        Log.Reloaded(logger, Path);
        Changed?.Invoke(previous, value);
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
