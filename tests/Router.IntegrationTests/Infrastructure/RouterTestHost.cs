using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Router.Hosting;
using StackExchange.Redis;

namespace Router.IntegrationTests.Infrastructure;

/// <summary>
/// A real router host (Kestrel on a free loopback port) on the repo's <c>config/</c>, against the shared test Redis,
/// in a workspace of its own unless one is given (two hosts given the same workspace share all state).
/// </summary>
public sealed class RouterTestHost : IAsyncDisposable
{
    public const string ApiKey = "test-key";

    /// <summary>The rules tests run on unless they bring their own: <c>general</c> takes anyone, <c>billing</c> needs billing ≥ 1.</summary>
    public const string DefaultRouting = """
        {
          "queues": [
            { "name": "general", "agents": "true" },
            { "name": "billing", "agents": "skills.billing >= 1" }
          ],
          "default": { "queue": "general", "priority": 0 }
        }
        """;

    /// <summary>The SLA policies tests run on unless they bring their own: long targets on a 24/7 calendar, no steps.</summary>
    public const string DefaultSla = """
        {
          "calendars": { "always": { "timeZone": "UTC", "open": "24/7" } },
          "default": { "calendar": "always", "firstResponse": "8h", "resolution": "3d" }
        }
        """;

    private RouterTestHost(WebApplication app, string workspace, Uri baseAddress, string redis, string routingFile)
    {
        RoutingFile = routingFile;
        App = app;
        Workspace = workspace;
        RedisConnectionString = redis;
        Client = new HttpClient { BaseAddress = baseAddress };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        Anonymous = new HttpClient { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }

    public string Workspace { get; }

    public string RedisConnectionString { get; }

    /// <summary>The SLA policies file this host watches (a temp file unless the test named one).</summary>
    public string SlaFile { get; private init; } = "";

    /// <summary>The routing rules file this host watches (a temp file unless the test named one).</summary>
    public string RoutingFile { get; }

    /// <summary>A client that sends the test API key.</summary>
    public HttpClient Client { get; }

    /// <summary>A client that sends no key.</summary>
    public HttpClient Anonymous { get; }

    public static string NewWorkspace() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<RouterTestHost> StartAsync(
        string? workspace = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        string? redisConnectionString = null,
        string? routing = null,
        string? routingFile = null,
        string? sla = null,
        string? slaFile = null,
        Action<IServiceCollection>? services = null)
    {
        var rulesDir = Directory.CreateTempSubdirectory("router-rules-").FullName;
        if (routingFile is null)
        {
            routingFile = Path.Combine(rulesDir, "routing.json");
            await File.WriteAllTextAsync(routingFile, routing ?? DefaultRouting);
        }

        if (slaFile is null)
        {
            slaFile = Path.Combine(rulesDir, "sla.json");
            await File.WriteAllTextAsync(slaFile, sla ?? DefaultSla);
        }

        var redis = redisConnectionString ?? (await RedisServer.GetAsync()).ConnectionString;
        workspace ??= NewWorkspace();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Test",
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--config-dir", Path.Combine(RepoRoot(), "config")],
        });
        builder.AddRouter();
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis,
            ["Router:Workspace"] = workspace,
            ["Router:ApiKeys:0"] = ApiKey,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Router:Routing:File"] = routingFile,
            ["Router:Sla:File"] = slaFile,
            ["Router:Sla:TickMilliseconds"] = "100",
            ["Router:Routing:DebounceMilliseconds"] = "50",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        services?.Invoke(builder.Services);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapRouter();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            // A host that failed to start (invalid settings) must not live on: its meters would report into later scrapes.
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RouterTestHost(app, workspace, new Uri(address), redis, routingFile) { SlaFile = slaFile };
    }

    /// <summary>The repository root (the folder holding Router.sln).</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Router.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Router.sln not found above " + AppContext.BaseDirectory);
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A database handle on the host's own Redis connection.</summary>
    public IDatabase Redis => Service<IConnectionMultiplexer>().GetDatabase();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
