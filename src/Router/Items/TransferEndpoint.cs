using Router.Api;

namespace Router.Items;

/// <summary><c>POST /v1/items/{id}/transfer</c>: an agent or a CRM moves an open item to another queue.</summary>
internal static class TransferEndpoint
{
    public static async Task<IResult> TransferAsync(string id, TransferItemRequest request, ItemTransfer transfer, ItemStore store)
    {
        if (string.IsNullOrWhiteSpace(request.Queue))
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["queue"] = ["queue is required: the queue the item moves to."] });
        }

        var result = await transfer.TransferAsync(id, request.Queue, request.Reason ?? "transferred through the API");
        return result.Outcome switch
        {
            TransferOutcome.Transferred => Results.Ok(await store.GetAsync(id)),
            TransferOutcome.UnknownQueue => Problems.Invalid(new Dictionary<string, string[]> { ["queue"] = [$"'{request.Queue}' is not a queue."] }),
            TransferOutcome.NotFound => Problems.NotFound("item", id),
            _ => Problems.Conflict("Item is not open", $"Item '{id}' is {result.State}; only open items can be transferred."),
        };
    }
}
