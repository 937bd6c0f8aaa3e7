using System.Text.Json.Nodes;
using StackExchange.Redis;

namespace Router.FaultTests;

/// <summary>Reads the workspace straight from Redis after the run and counts what went wrong.</summary>
internal static class FaultVerifier
{
    public static async Task<FaultReport> VerifyAsync(IDatabase db, IServer server, string workspace, FaultLedger ledger)
    {
        var prefix = $"router:{{{workspace}}}:item:";
        var items = new Dictionary<string, (string ExternalId, string State, RedisValue[] History)>(StringComparer.Ordinal);
        await foreach (var key in server.KeysAsync(pattern: prefix + "*", pageSize: 1000))
        {
            var id = key.ToString()[prefix.Length..];
            if (id.Contains(':', StringComparison.Ordinal))
            {
                continue; // :history, :messages, :replies
            }

            var f = await db.HashGetAsync(key, ["externalId", "state"]);
            items[id] = (f[0].ToString(), f[1].ToString(), await db.ListRangeAsync(key.ToString() + ":history"));
        }

        var byExternalId = items.Values.GroupBy(i => i.ExternalId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lost = ledger.Acknowledged.Keys.Count(k => !byExternalId.ContainsKey(k));
        var duplicated = byExternalId.Values.Sum(n => n - 1);
        var doubleOffered = 0;
        var doubleAssigned = ledger.AcceptedByAgents.Values.Count(n => n > 1);
        var notAssigned = 0;
        foreach (var (_, (externalId, state, history)) in items)
        {
            var (overlapping, assigned) = Replay(history);
            doubleOffered += overlapping ? 1 : 0;
            doubleAssigned += assigned > 1 ? 1 : 0;
            notAssigned += ledger.Acknowledged.ContainsKey(externalId) && assigned == 0 ? 1 : 0;
        }

        return new FaultReport(ledger.Acknowledged.Count, items.Count, ledger.Unavailable, lost, duplicated, doubleOffered, doubleAssigned, notAssigned);
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
}
