using Router.Bench;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Router.LoadDriver;

/// <summary>The few calls of the router's HTTP API the bench makes, over one pooled client.</summary>
internal sealed class RouterApi : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient client;

    public RouterApi(Uri baseAddress, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        };
        client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RouterProcess.ApiKey);
    }

    /// <summary>Creates (or replaces) an agent that serves only the <c>api</c> channel.</summary>
    public async Task UpsertAgentAsync(string id, int capacity)
    {
        var body = new { name = id, capacity = new Dictionary<string, int> { ["api"] = capacity }, maxItems = capacity };
        using var response = await client.PutAsJsonAsync(new Uri($"/v1/agents/{id}", UriKind.Relative), body, Json);
        await EnsureAsync(response, HttpStatusCode.Created, HttpStatusCode.OK);
    }

    public async Task SetStatusAsync(string id, string status)
    {
        using var response = await client.PutAsJsonAsync(
            new Uri($"/v1/agents/{id}/status", UriKind.Relative), new { status, reason = "bench" }, Json);
        await EnsureAsync(response, HttpStatusCode.OK);
    }

    public void Dispose() => client.Dispose();

    private static async Task EnsureAsync(HttpResponseMessage response, params HttpStatusCode[] expected)
    {
        if (!expected.Contains(response.StatusCode))
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} gave {(int)response.StatusCode}: {body}");
        }
    }
}
