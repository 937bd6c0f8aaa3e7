using Router.Api;
using Router.Dispatch;

namespace Router.Agents;

/// <summary>Routes under <c>/v1/agents</c>.</summary>
internal static class AgentEndpoints
{
    public static RouteGroupBuilder MapAgentEndpoints(this RouteGroupBuilder v1)
    {
        var agents = v1.MapGroup("/agents");
        agents.MapPut("/{id}", UpsertAsync);
        agents.MapGet("/{id}", GetAsync);
        agents.MapPut("/{id}/status", SetStatusAsync);
        agents.MapGet("/{id}/offers", OffersAsync);
        return v1;
    }

    private static async Task<IResult> UpsertAsync(
        string id, UpsertAgentRequest request, AgentStore store, AgentPools pools, IDispatchSignal dispatch)
    {
        var errors = request.Validate(id, out var profile);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var agentPools = pools.For(id, profile);
        var created = await store.UpsertAsync(id, profile, agentPools);
        foreach (var queue in agentPools.Select(AgentPools.QueueOf).Distinct())
        {
            dispatch.Signal(queue); // more capacity may have been given to an available agent
        }

        var view = await store.GetAsync(id);
        return created ? Results.Created($"/v1/agents/{id}", view) : Results.Ok(view);
    }

    private static async Task<IResult> GetAsync(string id, AgentStore store) =>
        await store.GetAsync(id) is { } agent ? Results.Ok(agent) : Problems.NotFound("agent", id);

    private static async Task<IResult> SetStatusAsync(string id, SetStatusRequest request, AgentStore store, IDispatchSignal dispatch)
    {
        if (request.Status is null || !AgentStatuses.All.Contains(request.Status))
        {
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["status"] = [$"'{request.Status}' is not a status; use one of {string.Join(", ", AgentStatuses.All)}."],
            });
        }

        var queues = await store.SetStatusAsync(id, request.Status, request.Reason ?? "set through the API");
        if (queues is null)
        {
            return Problems.NotFound("agent", id);
        }

        foreach (var queue in queues)
        {
            dispatch.Signal(queue);
        }

        return Results.Ok(await store.GetAsync(id));
    }

    private static async Task<IResult> OffersAsync(string id, AgentStore agents, OfferStore offers) =>
        await agents.GetAsync(id) is null
            ? Problems.NotFound("agent", id)
            : Results.Ok(await offers.PendingForAgentAsync(id));
}
