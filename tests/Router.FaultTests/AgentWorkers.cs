using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Router.FaultTests;

/// <summary>
/// Agents answering offers through whichever router is up: accept, then complete. Errors while a router or Redis is
/// away are expected and retried; an offer whose answer got lost expires and is offered again.
/// </summary>
internal sealed class AgentWorkers(Func<Uri[]> routers, string apiKey, FaultLedger ledger) : IDisposable
{
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(5) };

    public static string Id(int n) => $"fault-agent-{n}";

    public async Task RegisterAsync(int agents, IEnumerable<string> channels, CancellationToken cancellationToken)
    {
        var capacity = channels.ToDictionary(c => c, _ => 5);
        for (var a = 0; a < agents; a++)
        {
            await SendAsync(HttpMethod.Put, $"/v1/agents/{Id(a)}", new { name = Id(a), capacity, maxItems = 10 }, cancellationToken, must: true);
            await SendAsync(HttpMethod.Put, $"/v1/agents/{Id(a)}/status", new { status = "available" }, cancellationToken, must: true);
        }
    }

    public Task RunAsync(int agents, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, agents).Select(async a =>
        {
            try
            {
                await LoopAsync(Id(a), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // the run is over
            }
        }));

    public void Dispose() => client.Dispose();

    private async Task LoopAsync(string agent, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var offers = await SendAsync(HttpMethod.Get, $"/v1/agents/{agent}/offers", null, stop);
            if (offers is not JsonArray { Count: > 0 } list)
            {
                await Delay(50, stop);
                continue;
            }

            foreach (var offer in list)
            {
                var offerId = (string)offer!["id"]!;
                var itemId = (string)offer["itemId"]!;
                if (await SendAsync(HttpMethod.Post, $"/v1/offers/{offerId}/accept", null, stop) is not null)
                {
                    ledger.AcceptedByAgents.AddOrUpdate(itemId, 1, (_, n) => n + 1);
                    await SendAsync(HttpMethod.Post, $"/v1/items/{itemId}/complete", new { }, stop);
                }
            }
        }
    }

    // The answer's JSON on success; null on any failure (router down, Redis away, offer gone).
    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken, bool must = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            var up = routers();
            if (up.Length == 0)
            {
                await Delay(100, cancellationToken);
                continue;
            }

            using var request = new HttpRequestMessage(method, new Uri(up[Random.Shared.Next(up.Length)], path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
                {
                    return await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken) ?? new JsonObject();
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // a router went away mid-request
            }

            if (!must || cancellationToken.IsCancellationRequested || attempt > 100)
            {
                return must ? throw new InvalidOperationException($"{method} {path} kept failing") : null;
            }

            await Delay(100, cancellationToken);
        }
    }

    private static async Task Delay(int milliseconds, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(milliseconds, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}
