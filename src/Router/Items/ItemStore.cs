using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Items;

/// <summary>Work items in Redis: create (idempotent by external id), read, complete.</summary>
internal sealed class ItemStore(IConnectionMultiplexer redis, RedisKeys keys, RouterScripts scripts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] TimeFields = ["at", "expiresAt"];

    /// <summary>
    /// Creates a queued item with its SLA plan (<paramref name="sla"/>: <see cref="Sla.SlaArguments"/>, empty for none)
    /// and, in the same script, offers it to a ready agent of its queue's first target when nothing waits ahead of it
    /// (<paramref name="dispatch"/>: <see cref="Dispatch.DispatchArguments"/>);
    /// or returns the id of the item that already holds its external id.
    /// </summary>
    public async Task<IntakeResult> CreateAsync(
        NewItem item, IReadOnlyCollection<RedisValue> sla, IEnumerable<RedisValue> dispatch, DateTimeOffset? now = null)
    {
        RedisValue[] args =
        [
            item.Id, item.ExternalId ?? "", item.Channel, item.Queue, item.Priority, JsonSerializer.Serialize(item.Content, Json),
            item.Reason, item.Fifo ? "1" : "0", item.SkillsJson, item.TagsJson, item.Rule ?? "",
            item.Conversation.ContactId ?? "", item.Conversation.ThreadKeysJson, item.Conversation.JoinKeysJson,
            item.Conversation.ReplyToJson ?? "", sla.Count, .. sla, .. dispatch,
        ];
        // The SLA plan started at the item's creation: the script must stamp createdAt with that same instant.
        var at = now is { } n ? n.ToUnixTimeTicks() / (double)TimeSpan.TicksPerMillisecond : scripts.NowMilliseconds();
        var result = (RedisResult[])(await scripts.RunAtAsync(RouterScript.Intake, keys.ExternalIds, at, args))!;
        if ((int)result[0] != 1)
        {
            return new IntakeResult((string)result[1]!, null, Joined: (int)result[0] == 2);
        }

        const int HistoryStart = 12;
        var createdAt = TimeExtensions.FromUnixMilliseconds(JsonNode.Parse((string)result[HistoryStart]!)!["at"]!.GetValue<double>());
        string[] slaFields = ["sla", "frTarget", "frDue", "resTarget", "resDue"];
        var clocks = slaFields.Select((name, i) => (name, value: (string?)result[6 + i]))
            .Where(f => !string.IsNullOrEmpty(f.value))
            .ToDictionary(f => f.name, f => f.value!, StringComparer.Ordinal);
        var view = new WorkItemView
        {
            Id = item.Id,
            Channel = item.Channel,
            ExternalId = item.ExternalId,
            State = (string)result[3]!,
            Queue = item.Queue,
            Priority = item.Priority,
            AgentId = NullIfEmpty((string?)result[4]),
            OfferId = NullIfEmpty((string?)result[5]),
            ContactId = item.Conversation.ContactId,
            Contact = item.Content.Contact,
            Subject = item.Content.Subject,
            Text = item.Content.Text,
            Attributes = item.Content.Attributes,
            Attachments = item.Content.Attachments ?? [],
            RequiredSkills = JsonSerializer.Deserialize<Dictionary<string, int>>(item.SkillsJson, Json) ?? [],
            Tags = JsonSerializer.Deserialize<string[]>(item.TagsJson, Json) ?? [],
            CreatedAt = createdAt,
            EnqueuedAt = createdAt,
            Sla = Sla.SlaView.From(clocks),
            History = result.Skip(HistoryStart).Select(e => ToApi(JsonNode.Parse((string)e!)!.AsObject())).ToArray(),
        };
        return new IntakeResult(item.Id, view, WakeDispatcher: (int)result[11] == 1);
    }

    /// <summary>Reads an item with its history; null when there is none.</summary>
    public async Task<WorkItemView?> GetAsync(string id)
    {
        var db = redis.GetDatabase();
        var hashTask = db.HashGetAllAsync(keys.Item(id));
        var historyTask = db.ListRangeAsync(keys.ItemHistory(id));
        var messagesTask = db.ListRangeAsync(keys.ItemMessages(id));
        var hash = (await hashTask).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
        if (hash.Count == 0)
        {
            return null;
        }

        var content = JsonSerializer.Deserialize<ItemContent>(hash["data"], Json)!;
        return new WorkItemView
        {
            Id = id,
            Channel = hash["channel"],
            ExternalId = NullIfEmpty(hash.GetValueOrDefault("externalId")),
            State = hash["state"],
            Queue = hash["queue"],
            Priority = int.Parse(hash["priority"], CultureInfo.InvariantCulture),
            AgentId = NullIfEmpty(hash.GetValueOrDefault("agent")),
            OfferId = NullIfEmpty(hash.GetValueOrDefault("offer")),
            ContactId = NullIfEmpty(hash.GetValueOrDefault("contact")),
            Contact = content.Contact,
            Subject = content.Subject,
            Text = content.Text,
            Attributes = content.Attributes,
            Attachments = content.Attachments ?? [],
            Messages = (await messagesTask).Select(e => ToApi(JsonNode.Parse(e.ToString())!.AsObject())).ToArray(),
            RequiredSkills = JsonSerializer.Deserialize<Dictionary<string, int>>(hash.GetValueOrDefault("skills") ?? "{}", Json) ?? [],
            Tags = JsonSerializer.Deserialize<string[]>(hash.GetValueOrDefault("tags") ?? "[]", Json) ?? [],
            CreatedAt = TimeExtensions.FromUnixMilliseconds(hash["createdAt"])!.Value,
            EnqueuedAt = TimeExtensions.FromUnixMilliseconds(hash["enqueuedAt"])!.Value,
            AssignedAt = TimeExtensions.FromUnixMilliseconds(hash.GetValueOrDefault("assignedAt")),
            CompletedAt = TimeExtensions.FromUnixMilliseconds(hash.GetValueOrDefault("completedAt")),
            Sla = Sla.SlaView.From(hash),
            History = (await historyTask).Select(e => ToApi(JsonNode.Parse(e.ToString())!.AsObject())).ToArray(),
        };
    }

    /// <summary>Completes an item; see <c>complete.lua</c> for what each state does.</summary>
    public async Task<CompleteResult> CompleteAsync(string id, TimeSpan wrapUp, string reason, string today)
    {
        var result = (RedisResult[])(await scripts.RunAsync(
            RouterScript.Complete, keys.Item(id), id, (long)wrapUp.TotalMilliseconds, reason, today))!;
        return (string)result[0]! switch
        {
            "ok" => new CompleteResult(CompleteOutcome.Completed, null, result.Skip(2).Select(r => Agents.AgentPools.QueueOf((string)r!)).Distinct().ToArray()),
            "not_found" => new CompleteResult(CompleteOutcome.NotFound, null, []),
            _ => new CompleteResult(CompleteOutcome.NotOpen, (string)result[1]!, []),
        };
    }

    // History entries keep Unix milliseconds in Redis (Lua has no date formatting); the API shows ISO-8601.
    private static JsonObject ToApi(JsonObject entry)
    {
        foreach (var name in TimeFields)
        {
            if (entry[name] is JsonValue value && value.TryGetValue<double>(out var ms))
            {
                entry[name] = TimeExtensions.FromUnixMilliseconds(ms);
            }
        }

        return entry;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
