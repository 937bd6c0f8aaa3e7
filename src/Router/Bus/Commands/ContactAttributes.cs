using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Bus.Commands;

/// <summary>
/// A minimal store of contact attributes (e.g. <c>tier</c>) at <c>router:{ws}:contact:{id}</c>, field
/// <c>attributes</c> (JSON), until the router has a contact store of its own. The merge happens here (so JSON keeps
/// its exact form) and is written by a compare-and-set script that also remembers the command's message-id.
/// </summary>
internal sealed class ContactAttributes(IConnectionMultiplexer redis, RouterScripts scripts, BusKeys keys, IOptions<BusOptions> options)
{
    private const int Attempts = 10;

    /// <summary>Merges <paramref name="patch"/> into the contact's attributes, once per <paramref name="messageId"/>.</summary>
    public async Task MergeAsync(string contactId, JsonObject patch, string messageId)
    {
        var key = keys.Contact(contactId);
        var changed = JsonSerializer.Serialize(patch.Select(p => p.Key).ToArray());
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = (string?)await redis.GetDatabase().HashGetAsync(key, "attributes");
            var merged = string.IsNullOrEmpty(current) ? [] : JsonNode.Parse(current)!.AsObject();
            Merge(merged, patch);
            var result = (RedisResult[])(await scripts.RunOnceAsync(
                RouterScript.ContactAttributes, key, keys.Command(messageId), options.Value.Remember(),
                contactId, current ?? "", merged.ToJsonString(), changed))!;
            if ((string)result[0]! != "conflict")
            {
                return;
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
