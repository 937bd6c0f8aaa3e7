using Router.Api;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Contacts;

/// <summary>Routes under <c>/v1/contacts</c>: read, find by handle, update attributes, merge and undo a merge.</summary>
internal static class ContactEndpoints
{
    public static RouteGroupBuilder MapContactEndpoints(this RouteGroupBuilder v1)
    {
        var contacts = v1.MapGroup("/contacts");
        contacts.MapGet("/", FindAsync);
        contacts.MapGet("/{id}", GetAsync);
        contacts.MapPatch("/{id}", UpdateAsync);
        contacts.MapPost("/{id}/merge", MergeAsync);
        contacts.MapPost("/merges/{mergeId}/undo", UndoAsync);
        return v1;
    }

    private static async Task<IResult> GetAsync(string id, ContactStore store) =>
        await store.GetAsync(id) is { } contact ? Results.Ok(contact) : Problems.NotFound("contact", id);

    private static async Task<IResult> FindAsync(string? handle, ContactStore store, IConnectionMultiplexer redis, RedisKeys keys)
    {
        if (string.IsNullOrWhiteSpace(handle) || !handle.Contains(':', StringComparison.Ordinal))
        {
            return Problems.Invalid(new Dictionary<string, string[]>
            {
                ["handle"] = ["Give ?handle=kind:value, e.g. email:ann@example.com or phone:+14155550100."],
            });
        }

        var id = await redis.GetDatabase().HashGetAsync(keys.ContactHandles, handle.Trim());
        return id.IsNull ? Problems.NotFound("contact with handle", handle) : await GetAsync(id!, store);
    }

    private static async Task<IResult> UpdateAsync(string id, UpdateContactRequest request, ContactStore store)
    {
        if (request.Attributes is null)
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["attributes"] = ["attributes (an object) is required."] });
        }

        return await store.UpdateAttributesAsync(id, request.Attributes) is { } live
            ? Results.Ok(await store.GetAsync(live))
            : Problems.NotFound("contact", id);
    }

    private static async Task<IResult> MergeAsync(string id, MergeContactRequest request, ContactStore store)
    {
        if (string.IsNullOrWhiteSpace(request.From))
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["from"] = ["from (the contact to merge into this one) is required."] });
        }

        var (outcome, detail) = await store.MergeAsync(id, request.From, request.Reason ?? "merged by request");
        return outcome switch
        {
            "ok" => Results.Ok(await store.GetMergeAsync(detail!)),
            "not_found" => Problems.NotFound("contact", detail!),
            "merged" => Problems.Conflict("Contact already merged", $"Contact '{detail}' was merged into another; merge into that one, or undo the merge first."),
            _ => Problems.Conflict("Same contact", "A contact cannot be merged into itself."),
        };
    }

    private static async Task<IResult> UndoAsync(string mergeId, ContactStore store)
    {
        var (outcome, _) = await store.UnmergeAsync(mergeId);
        return outcome switch
        {
            "ok" => Results.Ok(await store.GetMergeAsync(mergeId)),
            "not_found" => Problems.NotFound("merge", mergeId),
            _ => Problems.Conflict("Merge already undone", $"Merge '{mergeId}' was undone before."),
        };
    }
}
