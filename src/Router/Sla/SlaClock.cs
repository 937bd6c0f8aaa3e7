using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Router.Channels;
using Router.Items;
using Router.Redis;
using Router.Routing;
using Router.Rules.Sla;
using StackExchange.Redis;

namespace Router.Sla;

/// <summary>
/// An item's SLA clocks: planned at intake, stopped by the first agent reply (first response) and by completion
/// (resolution), restarted by a customer reply after the agent's, and re-planned when the policies change, without
/// losing the open time already elapsed. Due steps are fired by <see cref="SlaTickJob"/>.
/// </summary>
internal sealed class SlaClock(
    ISlaPolicySource sla, IRoutingPolicySource routing, RouterScripts scripts, RedisKeys keys, IConnectionMultiplexer redis, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The UTC date the queue counters (<c>breached today</c>) use.</summary>
    public string Today() => time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The <c>sla_apply</c> arguments for a new item, both clocks starting at <paramref name="start"/> (its creation).</summary>
    public List<RedisValue> PlanNew(JsonObject facts, DateTimeOffset start) =>
        SlaArguments.For(SlaPlanner.Plan(sla.Current.Match(facts), Instant.FromDateTimeOffset(start), Duration.Zero, Duration.Zero), routing.Current);

    /// <summary>An agent replied: the first-response clock stops. Null when the item is unknown, else whether it stopped now.</summary>
    public async Task<bool?> AgentRepliedAsync(string itemId)
    {
        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.SlaReply, keys.Item(itemId), itemId, Today()))!;
        return (string)result[0]! == "ok" ? (int)result[1] == 1 : null;
    }

    /// <summary>The customer wrote again: after an agent's reply, the first-response clock restarts. Null when unknown.</summary>
    public Task<bool?> CustomerRepliedAsync(string itemId) => ReplanAsync(itemId, sla.Current, restartFirstResponse: true);

    /// <summary>Re-plans an open item on the policies in force, counting elapsed open time on <paramref name="previous"/>'s calendar.</summary>
    public Task<bool?> ReplanAsync(string itemId, SlaPolicySet previous) => ReplanAsync(itemId, previous, restartFirstResponse: false);

    private async Task<bool?> ReplanAsync(string itemId, SlaPolicySet previous, bool restartFirstResponse)
    {
        var f = await redis.GetDatabase().HashGetAsync(keys.Item(itemId), Fields);
        if (f[0].IsNull)
        {
            return null;
        }

        var frStopped = !f[4].IsNull;
        if (restartFirstResponse && !frStopped)
        {
            return false; // the customer wrote again before anybody answered: the clock is still running
        }

        var now = Now();
        var calendar = (previous.Find(f[1].ToString()) ?? sla.Current.Default).Calendar;
        Duration Elapsed(int at) => f[at].IsNull || f[at].ToString().Length == 0
            ? Duration.Zero
            : Duration.FromMilliseconds((long)f[at]) + calendar.OpenTimeBetween(Instant.FromUnixTimeMilliseconds((long)(double)f[at + 1]), now);
        var policy = sla.Current.Match(Facts(f));
        var plan = SlaPlanner.Plan(policy, now, restartFirstResponse ? Duration.Zero : Elapsed(2), f[7].IsNull ? Elapsed(5) : Duration.Zero);
        if (frStopped && !restartFirstResponse)
        {
            plan = plan with { FirstResponse = null };
        }

        var args = new List<RedisValue> { itemId, restartFirstResponse ? "1" : "0" };
        args.AddRange(SlaArguments.For(plan, routing.Current));
        var result = (RedisResult[])(await scripts.RunAsync(RouterScript.SlaPlan, keys.Item(itemId), [.. args]))!;
        return (string)result[0]! == "ok";
    }

    // state, sla, frElapsed, frSince, frStoppedAt, resElapsed, resSince, resStoppedAt, channel, externalId, data
    private static readonly RedisValue[] Fields =
        ["state", "sla", "frElapsed", "frSince", "frStoppedAt", "resElapsed", "resSince", "resStoppedAt", "channel", "externalId", "data"];

    private static JsonObject Facts(RedisValue[] f)
    {
        var content = JsonSerializer.Deserialize<ItemContent>(f[10].ToString(), Json)!;
        var channel = ChannelNames.TryParse(f[8].ToString(), out var parsed) ? parsed.Value : ChannelKind.Api;
        return ItemFacts.From(new InboundMessage(channel, f[9].ToString(), content.Contact, content.Subject, content.Text, content.Attributes));
    }

    private Instant Now() => Instant.FromDateTimeOffset(time.GetUtcNow());
}
