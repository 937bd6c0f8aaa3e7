using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Router.Bench;

/// <summary>
/// The router under test as a child process (<c>dotnet Router.dll --config-dir DIR</c>), on a free loopback port, in
/// the bench's workspace. Disposing kills it: the router keeps no state outside Redis, so nothing is lost. Shared by
/// the bench projects (linked into each).
/// </summary>
internal sealed class RouterProcess : IAsyncDisposable
{
    public const string ApiKey = "bench-key";

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly Action<string>? capture;

    private RouterProcess(Process process, Uri baseAddress, string workspace, Action<string>? capture)
    {
        this.process = process;
        BaseAddress = baseAddress;
        Workspace = workspace;
        this.capture = capture;
    }

    public Uri BaseAddress { get; }

    public string Workspace { get; }

    public int Pid => process.Id;

    /// <summary>
    /// Starts the router and waits for <c>/health</c>; <paramref name="environment"/> adds or overrides settings. With
    /// <paramref name="capture"/>, every line the router writes (stdout and stderr) goes there, possibly from two threads
    /// at once, instead of to the console.
    /// </summary>
    public static async Task<RouterProcess> StartAsync(
        string routerDll,
        string configDir,
        string redis,
        string workspace,
        IEnumerable<KeyValuePair<string, string>>? environment = null,
        Action<string>? capture = null)
    {
        if (!File.Exists(routerDll))
        {
            throw new FileNotFoundException($"{routerDll} not found: run 'dotnet build -c Release' first or pass --router-dll.");
        }

        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { routerDll, "--config-dir", configDir })
        {
            info.ArgumentList.Add(arg);
        }

        var address = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        info.Environment["ConnectionStrings__Redis"] = redis;
        info.Environment["ASPNETCORE_URLS"] = address;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Router__Workspace"] = workspace;
        info.Environment["Router__ApiKeys__0"] = ApiKey;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var router = new RouterProcess(process, new Uri(address), workspace, capture);
        process.OutputDataReceived += (_, e) => router.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => router.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await router.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        return router;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The router exited with {process.ExitCode}:\n{string.Join('\n', output)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The router was not healthy within {limit}:\n{string.Join('\n', output)}");
    }

    // The router logs at Warning and above only unless told otherwise; show those as they come (or hand every line to
    // the capture), and keep the last ones for a failed start.
    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 50 && output.TryDequeue(out _))
        {
        }

        if (capture is not null)
        {
            capture(line);
        }
        else
        {
            Console.Error.WriteLine("[router] " + line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
