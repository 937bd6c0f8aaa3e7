using System.Net;
using System.Net.Http.Json;
using Router.Agents;
using Router.Dispatch;
using Router.Items;
using Router.Queues;

namespace Router.IntegrationTests.Infrastructure;

/// <summary>The API calls tests make, over real HTTP, failing loudly on an unexpected status.</summary>
public static class RouterApi
{
    public static async Task<AgentView> PutAgentAsync(
        this HttpClient client, string id, Dictionary<string, int>? capacity = null, Dictionary<string, int>? skills = null, int? maxItems = null)
    {
        var response = await client.PutAsJsonAsync($"/v1/agents/{id}", new
        {
            name = id,
            skills = skills ?? [],
            capacity = capacity ?? new Dictionary<string, int> { ["api"] = 1 },
            maxItems,
        });
        return await ReadAsync<AgentView>(response, HttpStatusCode.Created, HttpStatusCode.OK);
    }

    public static async Task<AgentView> SetStatusAsync(this HttpClient client, string id, string status)
    {
        var response = await client.PutAsJsonAsync($"/v1/agents/{id}/status", new { status });
        return await ReadAsync<AgentView>(response, HttpStatusCode.OK);
    }

    public static async Task<AgentView> GetAgentAsync(this HttpClient client, string id) =>
        await ReadAsync<AgentView>(await client.GetAsync($"/v1/agents/{id}"), HttpStatusCode.OK);

    /// <summary>Registers an available agent.</summary>
    public static async Task AddAvailableAgentAsync(this HttpClient client, string id, Dictionary<string, int>? capacity = null, Dictionary<string, int>? skills = null)
    {
        await client.PutAgentAsync(id, capacity, skills);
        await client.SetStatusAsync(id, "available");
    }

    public static async Task<WorkItemView> CreateItemAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/v1/items", body);
        return await ReadAsync<WorkItemView>(response, HttpStatusCode.Created);
    }

    public static async Task<WorkItemView> GetItemAsync(this HttpClient client, string id) =>
        await ReadAsync<WorkItemView>(await client.GetAsync($"/v1/items/{id}"), HttpStatusCode.OK);

    public static async Task<OfferView[]> OffersAsync(this HttpClient client, string agentId) =>
        await ReadAsync<OfferView[]>(await client.GetAsync($"/v1/agents/{agentId}/offers"), HttpStatusCode.OK);

    /// <summary>Waits until the agent has exactly <paramref name="count"/> pending offers.</summary>
    public static Task<OfferView[]> WaitForOffersAsync(this HttpClient client, string agentId, int count = 1) =>
        Eventually.GetAsync(() => client.OffersAsync(agentId), o => o.Length == count, $"{count} offer(s) for {agentId}");

    public static async Task<WorkItemView> AcceptAsync(this HttpClient client, string offerId) =>
        await ReadAsync<WorkItemView>(await client.PostAsync($"/v1/offers/{offerId}/accept", null), HttpStatusCode.OK);

    public static async Task<WorkItemView> RejectAsync(this HttpClient client, string offerId) =>
        await ReadAsync<WorkItemView>(await client.PostAsync($"/v1/offers/{offerId}/reject", null), HttpStatusCode.OK);

    public static async Task<WorkItemView> CompleteAsync(this HttpClient client, string itemId, int wrapUpSeconds = 0) =>
        await ReadAsync<WorkItemView>(
            await client.PostAsJsonAsync($"/v1/items/{itemId}/complete", new { wrapUpSeconds }), HttpStatusCode.OK);

    public static async Task<QueueStatsView> QueueAsync(this HttpClient client, string name)
    {
        var all = await ReadAsync<QueueStatsView[]>(await client.GetAsync("/v1/queues"), HttpStatusCode.OK);
        return all.Single(q => q.Name == name);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, params HttpStatusCode[] expected)
    {
        if (!expected.Contains(response.StatusCode))
        {
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: " +
                await response.Content.ReadAsStringAsync());
        }

        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
