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
        return v1;
    }

    private static async Task<IResult> CreateAsync(
        CreateItemRequest request, Intake intake, IRoutingPolicySource rules, ItemStore store)
    {
        var errors = request.Validate(rules.Current, out var channel);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var message = new InboundMessage(
            channel, request.ExternalId ?? "", request.Contact, request.Subject, request.Text, request.Attributes);
        var receipt = await intake.AcceptAsync(message, request.Queue, request.Priority);
        var item = await store.GetAsync(receipt.ItemId);
        return receipt.Created
            ? Results.Created($"/v1/items/{receipt.ItemId}", item)
            : Results.Ok(item);
    }

    private static async Task<IResult> GetAsync(string id, ItemStore store) =>
        await store.GetAsync(id) is { } item ? Results.Ok(item) : Problems.NotFound("item", id);

    private static async Task<IResult> CompleteAsync(
        string id, CompleteItemRequest? request, ItemStore store, IDispatchSignal dispatch, ILogger<ItemStore> logger)
    {
        if (request?.WrapUpSeconds is < 0 or > 86_400)
        {
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["wrapUpSeconds"] = [$"wrapUpSeconds must be 0-86400, not {request.WrapUpSeconds}."],
            });
        }

        var result = await store.CompleteAsync(
            id, TimeSpan.FromSeconds(request?.WrapUpSeconds ?? 0), request?.Reason ?? "completed by agent");
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
