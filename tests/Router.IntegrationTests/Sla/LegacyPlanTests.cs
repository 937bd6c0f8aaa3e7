using Router.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace Router.IntegrationTests.Sla;

/// <summary>
/// Items whose SLA plan a router before session 7 wrote: one member of <c>sla:due</c> per event ("item|fr|step") and
/// the fields <c>slaDue</c>/<c>slaSteps</c>, where a router now writes one member per item and <c>slaPlan</c>. After an
/// upgrade such items are still open in Redis; their steps must fire once, in order, and completing them must leave
/// nothing behind.
/// </summary>
public sealed class LegacyPlanTests
{
    // Rewrites a new item's plan into the old layout, in one call so that no tick sees it half done.
    private const string ToOldLayout = """
        local plan = cjson.decode(redis.call('HGET', KEYS[1], 'slaPlan'))
        local members, steps = {}, {}
        for _, e in ipairs(plan) do
          local member = ARGV[1] .. '|' .. e[2] .. '|' .. e[3]
          table.insert(members, member)
          redis.call('ZADD', KEYS[2], string.format('%d', e[1]), member)
          if e[4] then
            steps[member] = { action = e[4], a1 = e[5], a2 = e[6] }
          end
        end
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('HDEL', KEYS[1], 'slaPlan')
        redis.call('HSET', KEYS[1], 'slaDue', cjson.encode(members), 'slaSteps', cjson.encode(steps))
        return #members
        """;

    [Fact]
    public async Task OldLayout_EachStepFiresOnceInOrder_ThenTheBreach_TheResolutionBreachStaysPending()
    {
        await using var host = await RouterTestHost.StartAsync(sla: EscalationTests.Ladder);
        var item = await host.Client.CreateItemAsync(new { externalId = "legacy-ladder" });
        Assert.Equal(6, await ToOldLayoutAsync(host, item.Id)); // four steps, two breaches

        var done = await EscalationTests.WaitForStepsAsync(host.Client, item.Id, EscalationTests.Steps.Length);
        done = await Eventually.GetAsync(() => host.Client.GetItemAsync(item.Id), i => i.Sla!.FirstResponse!.Breached,
            "the first-response breach", 10_000);

        EscalationTests.AssertLadder(done, item.CreatedAt);
        Assert.Single(done.History, h => (string?)h["type"] == "sla.breached");
        var due = await DueMembersAsync(host, item.Id);
        Assert.Equal([$"{item.Id}|res|!"], due);
    }

    [Fact]
    public async Task OldLayout_Completed_LeavesNoMemberAndNoPlanBehind()
    {
        await using var host = await RouterTestHost.StartAsync(sla: EscalationTests.Ladder);
        var item = await host.Client.CreateItemAsync(new { externalId = "legacy-complete" });
        await ToOldLayoutAsync(host, item.Id);
        Assert.Equal(6, (await DueMembersAsync(host, item.Id)).Length);

        await host.Client.CompleteAsync(item.Id);

        Assert.Empty(await DueMembersAsync(host, item.Id));
        var fields = await host.Redis.HashGetAsync(Key(host, "item:" + item.Id), ["slaDue", "slaSteps", "slaPlan"]);
        Assert.All(fields, f => Assert.True(f.IsNull));
    }

    private static async Task<int> ToOldLayoutAsync(RouterTestHost host, string itemId) =>
        (int)await host.Redis.ScriptEvaluateAsync(ToOldLayout, [Key(host, "item:" + itemId), Key(host, "sla:due")], [itemId]);

    private static async Task<string[]> DueMembersAsync(RouterTestHost host, string itemId) =>
        (await host.Redis.SortedSetRangeByRankAsync(Key(host, "sla:due")))
            .Select(m => m.ToString())
            .Where(m => m == itemId || m.StartsWith(itemId + "|", StringComparison.Ordinal))
            .ToArray();

    private static RedisKey Key(RouterTestHost host, string rest) => $"router:{{{host.Workspace}}}:{rest}";
}
