using System.Text.Json.Nodes;
using StackExchange.Redis;

namespace Router.FaultTests;

/// <summary>
/// Reads the workspace straight from Redis after the run and counts what went wrong. Each acknowledged idempotency
/// key must lead, through the <c>ext</c> index, to an item that holds it exactly once: as the item's own
/// <c>externalId</c>, or as a later message of its conversation (a join).
/// </summary>
internal static class FaultVerifier
{
    public static async Task<FaultReport> VerifyAsync(IDatabase db, IServer server, string workspace, FaultLedger ledger)
    {
        var items = await ReadItemsAsync(db, server, $"router:{{{workspace}}}:item:");
        var index = (await db.HashGetAllAsync($"router:{{{workspace}}}:ext")).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString(), StringComparer.Ordinal);
        var holders = items.Values.Select(i => i.ExternalId).Concat(items.Values.SelectMany(i => i.Joined))
            .GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var lost = new Dictionary<string, int>(StringComparer.Ordinal);
        var joined = 0;
        foreach (var (key, source) in ledger.Acknowledged)
        {
            if (!index.TryGetValue(key, out var id) || !items.TryGetValue(id, out var item) || !holders.ContainsKey(key))
            {
                lost[source] = lost.GetValueOrDefault(source) + 1;
            }
            else if (item.ExternalId != key)
            {
                joined++;
            }
        }

        var doubleOffered = 0;
        var doubleAssigned = ledger.AcceptedByAgents.Values.Count(n => n > 1);
        var notAssigned = 0;
        foreach (var item in items.Values)
        {
            var (overlapping, assigned) = Replay(item.History);
            doubleOffered += overlapping ? 1 : 0;
            doubleAssigned += assigned > 1 ? 1 : 0;
            notAssigned += ledger.Acknowledged.ContainsKey(item.ExternalId) && assigned == 0 ? 1 : 0;
        }

        var acknowledged = ledger.Acknowledged.GroupBy(a => a.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new FaultReport(acknowledged, items.Count, joined, lost, holders.Values.Sum(n => n - 1), doubleOffered, doubleAssigned, notAssigned)
        {
            ItemIds = items.Keys.ToHashSet(StringComparer.Ordinal),
        };
    }

    private static async Task<Dictionary<string, StoredItem>> ReadItemsAsync(IDatabase db, IServer server, string prefix)
    {
        var reads = new List<Task<(string Id, StoredItem Item)>>();
        await foreach (var key in server.KeysAsync(pattern: prefix + "*", pageSize: 1000))
        {
            var id = key.ToString()[prefix.Length..];
            if (!id.Contains(':', StringComparison.Ordinal))
            {
                reads.Add(ReadItemAsync(db, key.ToString(), id)); // not :history, :messages, :replies
            }
        }

        return (await Task.WhenAll(reads)).ToDictionary(r => r.Id, r => r.Item, StringComparer.Ordinal);
    }

    private static async Task<(string, StoredItem)> ReadItemAsync(IDatabase db, string key, string id)
    {
        var externalId = db.HashGetAsync(key, "externalId");
        var history = db.ListRangeAsync(key + ":history");
        var messages = db.ListRangeAsync(key + ":messages");
        var joined = (await messages).Select(m => (string?)JsonNode.Parse(m.ToString())!["externalId"] ?? "").ToArray();
        return (id, new StoredItem((await externalId).ToString(), await history, joined));
    }

    /// <summary>Whether an offer was made while another was open, and how many times the item was assigned.</summary>
    private static (bool Overlapping, int Assigned) Replay(RedisValue[] history)
    {
        string? open = null;
        var overlapping = false;
        var assigned = 0;
        foreach (var entry in history.Select(h => JsonNode.Parse(h.ToString())!))
        {
            switch ((string?)entry["type"])
            {
                case "offered":
                    overlapping |= open is not null;
                    open = (string?)entry["offer"];
                    break;
                case "assigned":
                    assigned++;
                    open = null;
                    break;
                case "offer.rejected" or "offer.expired" or "offer.revoked":
                    open = null;
                    break;
            }
        }

        return (overlapping, assigned);
    }

    private sealed record StoredItem(string ExternalId, RedisValue[] History, string[] Joined);
}
