using Router.Api;
using Router.Channels;
using Router.Dispatch;
using Router.Routing;

namespace Router.Items;

/// <summary>Routes under <c>/v1/items</c>.</summary>
internal static class ItemEndpoints
{
    public static RouteGroupBuilder MapItemEndpoints(this RouteGroupBuilder v1)
    {
        var items = v1.MapGroup("/items");
        items.MapPost("/", CreateAsync);
        items.MapGet("/{id}", GetAsync);
        items.MapPost("/{id}/complete", CompleteAsync);
        items.MapPost("/{id}/transfer", TransferEndpoint.TransferAsync);
        items.MapPost("/{id}/events", EventAsync);
        return v1;
    }

    private static async Task<IResult> CreateAsync(
        CreateItemRequest request, Intake intake, IRoutingPolicySource rules, ItemStore store, Observability.RouterMetrics metrics)
    {
        var errors = request.Validate(rules.Current, out var channel);
        if (errors.Count > 0)
        {
            metrics.IngestError(channel.Name(), "invalid");
            return Problems.Invalid(errors);
        }

        var result = await intake.AcceptAsync(request.ToMessage(channel, request.ExternalId ?? ""), request.Queue, request.Priority);
        return result.Created is { } created
            ? Results.Created($"/v1/items/{result.Id}", created)
            : Results.Ok(await store.GetAsync(result.Id));
    }

    private static async Task<IResult> GetAsync(string id, ItemStore store) =>
        await store.GetAsync(id) is { } item ? Results.Ok(item) : Problems.NotFound("item", id);

    private static async Task<IResult> EventAsync(string id, ItemEventRequest request, Sla.SlaClock sla, ItemStore store)
    {
        if (request.Type is not ("agent.replied" or "customer.replied"))
        {
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["type"] = [$"'{request.Type}' is not an event; use agent.replied or customer.replied."],
            });
        }

        var outcome = request.Type == "agent.replied" ? await sla.AgentRepliedAsync(id) : await sla.CustomerRepliedAsync(id);
        return outcome is null ? Problems.NotFound("item", id) : Results.Ok(await store.GetAsync(id));
    }

    private static async Task<IResult> CompleteAsync(
        string id, CompleteItemRequest? request, ItemStore store, Sla.SlaClock sla, IDispatchSignal dispatch, ILogger<ItemStore> logger)
    {
        if (request?.WrapUpSeconds is < 0 or > 86_400)
        {
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["wrapUpSeconds"] = [$"wrapUpSeconds must be 0-86400, not {request.WrapUpSeconds}."],
            });
        }

        var result = await store.CompleteAsync(
            id, TimeSpan.FromSeconds(request?.WrapUpSeconds ?? 0), request?.Reason ?? "completed by agent", sla.Today());
        switch (result.Outcome)
        {
            case CompleteOutcome.NotFound:
                return Problems.NotFound("item", id);
            case CompleteOutcome.NotOpen:
                return Problems.Conflict("Item is not open", $"Item '{id}' is {result.State}; only open items can be completed.");
            default:
                Log.ItemCompleted(logger, id);
                foreach (var queue in result.QueuesToDispatch)
                {
                    dispatch.Signal(queue);
                }

                return Results.Ok(await store.GetAsync(id));
        }
    }
}
