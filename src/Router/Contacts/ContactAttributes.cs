using System.Text.Json;
using System.Text.Json.Nodes;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Contacts;

/// <summary>
/// Updates a contact's attributes with a JSON merge patch (RFC 7396: null removes, objects merge). The merge happens
/// here, so JSON keeps its exact form, and is written by a compare-and-set script; a bus command also has its
/// message-id remembered in the same step, so a redelivery changes nothing.
/// </summary>
internal sealed class ContactAttributes(IConnectionMultiplexer redis, RouterScripts scripts, RedisKeys keys)
{
    private const int Attempts = 10;

    /// <summary>
    /// Merges <paramref name="patch"/> into the live contact (following merges); returns its id, or null when there is
    /// no such contact. <paramref name="once"/> names the key and lifetime that make a redelivered command a no-op.
    /// </summary>
    public async Task<string?> MergeAsync(string contactId, JsonObject patch, (RedisKey Key, TimeSpan Remember)? once = null)
    {
        var changed = JsonSerializer.Serialize(patch.Select(p => p.Key).ToArray());
        var id = contactId;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = (string?)await redis.GetDatabase().HashGetAsync(keys.Contact(id), "attributes");
            var merged = string.IsNullOrEmpty(current) ? [] : JsonNode.Parse(current)!.AsObject();
            Merge(merged, patch);
            RedisValue[] args = [id, current ?? "", merged.ToJsonString(), changed];
            var result = (RedisResult[])(once is { } o
                ? await scripts.RunOnceAsync(RouterScript.ContactAttributes, keys.Contact(id), o.Key, o.Remember, args)
                : await scripts.RunAsync(RouterScript.ContactAttributes, keys.Contact(id), args))!;
            switch ((string)result[0]!)
            {
                case "ok" or "duplicate":
                    return id;
                case "not_found":
                    return null;
                case "merged":
                    id = (string)result[1]!; // the contact was merged away: its attributes live on the surviving one
                    break;
            }
        }

        throw new RedisException($"Contact '{contactId}' kept changing under {Attempts} attempts to merge its attributes.");
    }

    // RFC 7396 JSON merge patch.
    internal static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject inner)
            {
                // A patch object merges into what is there; into nothing (or a non-object) it starts from empty, so its nulls vanish.
                if (target[name] is not JsonObject existing)
                {
                    existing = [];
                    target[name] = existing;
                }

                Merge(existing, inner);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }
}
