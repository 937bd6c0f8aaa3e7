using Router.Bench;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Router.SlaBench;

/// <summary>Creates items through the router's <c>POST /v1/items</c>, as an integration would.</summary>
internal sealed class ItemsClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient client;
    private readonly SemaphoreSlim slots;

    public ItemsClient(Uri baseAddress, int concurrency)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RouterProcess.ApiKey);
        slots = new SemaphoreSlim(concurrency);
    }

    /// <summary>Sends <paramref name="count"/> items evenly over <paramref name="spread"/>; returns their ids.</summary>
    public async Task<string[]> CreateSpreadAsync(int count, TimeSpan spread)
    {
        var clock = Stopwatch.StartNew();
        var pending = new Task<string>[count];
        for (var i = 0; i < count; i++)
        {
            var due = spread * i / count;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            await slots.WaitAsync();
            pending[i] = CreateAsync(i);
        }

        return await Task.WhenAll(pending);
    }

    public void Dispose()
    {
        client.Dispose();
        slots.Dispose();
    }

    private async Task<string> CreateAsync(int n)
    {
        try
        {
            var body = new { subject = "SLA bench", text = $"Waiting for a first response ({n})." };
            using var response = await client.PostAsJsonAsync(new Uri("/v1/items", UriKind.Relative), body, Json);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new HttpRequestException($"POST /v1/items gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            await using var stream = await response.Content.ReadAsStreamAsync();
            using var doc = await JsonDocument.ParseAsync(stream);
            return doc.RootElement.GetProperty("id").GetString()!;
        }
        finally
        {
            slots.Release();
        }
    }
}
