using System.Text.Json.Nodes;
using Router.Channels;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Contacts;

/// <summary>
/// Contacts in Redis: one person across channels, found by any of their handles. Resolving, merging, undoing a
/// merge and updating attributes are each one script, so concurrent messages from a new sender create one contact.
/// </summary>
internal sealed class ContactStore(
    IConnectionMultiplexer redis, RedisKeys keys, RouterScripts scripts, ContactAttributes attributes, TimeProvider time)
{
    /// <summary>The contact the handles belong to, created when none is known; null when there are no handles.</summary>
    public async Task<string?> ResolveAsync(IReadOnlyList<ContactHandle> handles)
    {
        if (handles.Count == 0)
        {
            return null;
        }

        RedisValue[] args = [NewId(), .. handles.Select(h => (RedisValue)h.ToString())];
        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.ContactResolve, keys.ContactHandles, args))!;
        return (string)result[0]!;
    }

    public async Task<ContactView?> GetAsync(string id)
    {
        var db = redis.GetDatabase();
        var hash = (await db.HashGetAllAsync(keys.Contact(id))).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
        if (hash.Count == 0)
        {
            return null;
        }

        var handles = await db.SetMembersAsync(keys.ContactHandleSet(id));
        var mergedInto = hash.GetValueOrDefault("mergedInto");
        var merges = new List<ContactMergeView>();
        foreach (var mergeId in await db.ListRangeAsync(keys.ContactMerges(id)))
        {
            if (await GetMergeAsync(mergeId!) is { } merge)
            {
                merges.Add(merge);
            }
        }

        return new ContactView
        {
            Id = id,
            // A merged-away contact's handles resolve to the contact it went into; show only what still resolves here.
            Handles = string.IsNullOrEmpty(mergedInto) ? handles.Select(h => h.ToString()).Order(StringComparer.Ordinal).ToArray() : [],
            Attributes = JsonNode.Parse(hash.GetValueOrDefault("attributes") ?? "{}") as JsonObject ?? [],
            MergedInto = string.IsNullOrEmpty(mergedInto) ? null : mergedInto,
            Merges = merges,
            CreatedAt = TimeExtensions.FromUnixMilliseconds(hash["createdAt"])!.Value,
        };
    }

    /// <summary>Merges <paramref name="from"/> into <paramref name="into"/>; the outcome names the merge or what stopped it.</summary>
    public async Task<(string Outcome, string? Detail)> MergeAsync(string into, string from, string reason)
    {
        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.ContactMerge, keys.ContactHandles, NewId(), into, from, reason))!;
        return ((string)result[0]!, result.Length > 1 ? (string?)result[1] : null);
    }

    /// <summary>Undoes a merge; the outcome is ok (with the restored contact id), not_found or undone.</summary>
    public async Task<(string Outcome, string? From)> UnmergeAsync(string mergeId)
    {
        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.ContactUnmerge, keys.ContactHandles, mergeId))!;
        return ((string)result[0]!, result.Length > 1 ? (string?)result[1] : null);
    }

    /// <summary>Merges attributes into the live contact as a JSON merge patch (null removes one); returns its id, or null if unknown.</summary>
    public Task<string?> UpdateAttributesAsync(string id, JsonObject patch) => attributes.MergeAsync(id, patch);

    public async Task<ContactMergeView?> GetMergeAsync(string mergeId)
    {
        var f = await redis.GetDatabase().HashGetAsync(keys.ContactMerge(mergeId), ["into", "from", "handles", "reason", "at", "undoneAt"]);
        if (f[0].IsNull)
        {
            return null;
        }

        return new ContactMergeView
        {
            Id = mergeId,
            Into = f[0]!,
            From = f[1]!,
            Handles = JsonNode.Parse(f[2].ToString()) is JsonArray a ? a.Select(h => h!.GetValue<string>()).ToArray() : [],
            Reason = f[3],
            At = TimeExtensions.FromUnixMilliseconds(f[4].ToString())!.Value,
            UndoneAt = TimeExtensions.FromUnixMilliseconds(f[5].IsNull ? null : f[5].ToString()),
        };
    }

    private string NewId() => Guid.CreateVersion7(time.GetUtcNow()).ToString();
}
