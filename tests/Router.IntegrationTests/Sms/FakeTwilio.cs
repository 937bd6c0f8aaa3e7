using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Router.IntegrationTests.Sms;

/// <summary>
/// A local stand-in for Twilio's create-message endpoint (Kestrel on a free loopback port): checks the account and
/// the basic-auth credentials, records every request, and answers each <c>To</c> number with what a test scripted
/// (a status, a <c>Retry-After</c>, a delay, a Twilio error code), else 201 with a new message SID.
/// </summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<Reply>> scripts = new();
    private readonly ConcurrentQueue<Request> requests = new();
    private readonly string expectedAuthorization;
    private WebApplication? app;

    private FakeTwilio(string user, string secret) =>
        expectedAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}"));

    /// <summary>Where the fake listens (the router's <c>Router:Sms:Twilio:ApiBaseUrl</c>).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Starts a fake that accepts <paramref name="user"/>:<paramref name="secret"/> as basic auth.</summary>
    public static async Task<FakeTwilio> StartAsync(string user, string secret)
    {
        var fake = new FakeTwilio(user, secret);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        fake.app = builder.Build();
        fake.app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", (string sid, HttpContext http) => fake.AnswerAsync(sid, http));
        await fake.app.StartAsync();
        fake.BaseUrl = fake.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>The next requests to <paramref name="to"/> get these answers, in order; then 201 again.</summary>
    public void Script(string to, params Reply[] replies)
    {
        var queue = scripts.GetOrAdd(to, _ => new ConcurrentQueue<Reply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    /// <summary>Every request that named <paramref name="to"/>, oldest first.</summary>
    public IReadOnlyList<Request> RequestsTo(string to) => requests.Where(r => r.Form.GetValueOrDefault("To") == to).ToList();

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> AnswerAsync(string sid, HttpContext http)
    {
        var form = (await http.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var authorization = http.Request.Headers.Authorization.ToString();
        requests.Enqueue(new Request(http.Request.Path, authorization, form, DateTimeOffset.UtcNow));
        if (sid != AccountSid || authorization != expectedAuthorization)
        {
            return Results.Json(new { code = 20003, message = "Authenticate", status = 401 }, statusCode: 401);
        }

        var reply = scripts.TryGetValue(form.GetValueOrDefault("To") ?? "", out var queue) && queue.TryDequeue(out var next) ? next : new Reply(201);
        if (reply.Delay is { } delay)
        {
            await Task.Delay(delay, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default); // the client gave up: fine
        }

        if (reply.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter;
        }

        return reply.Status is >= 200 and < 300
            ? Results.Json(
                new { sid = "SM" + Guid.NewGuid().ToString("N"), status = "queued", to = form.GetValueOrDefault("To"), body = form.GetValueOrDefault("Body") },
                statusCode: reply.Status)
            : Results.Json(
                new { code = reply.ErrorCode ?? 20500, message = $"Scripted failure {reply.Status}", more_info = "https://www.twilio.com/docs/errors", status = reply.Status },
                statusCode: reply.Status);
    }

    /// <summary>A scripted answer.</summary>
    public sealed record Reply(int Status, string? RetryAfter = null, TimeSpan? Delay = null, int? ErrorCode = null);

    /// <summary>A request the fake received.</summary>
    public sealed record Request(string Path, string Authorization, IReadOnlyDictionary<string, string> Form, DateTimeOffset At);
}
