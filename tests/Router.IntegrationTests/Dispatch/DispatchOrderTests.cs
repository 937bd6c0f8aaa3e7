using CsCheck;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Dispatch;

public sealed class DispatchOrderTests
{
    [Fact]
    public async Task Backlog_DrainsHighestPriorityFirst_ThenOldest()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.PutAgentAsync("a1");
        var ids = new Dictionary<string, string>();
        foreach (var (name, priority) in new[] { ("a", 0), ("b", 5), ("c", 0), ("d", 5), ("e", 10) })
        {
            ids[(await host.Client.CreateItemAsync(new { priority })).Id] = name;
        }

        await host.Client.SetStatusAsync("a1", "available");
        var order = await DrainAsync(host, "a1", 5);

        Assert.Equal(["e", "b", "d", "a", "c"], order.Select(id => ids[id]));
    }

    [Fact]
    public async Task QueueOrder_IsPriorityThenArrival_ForAnyPriorities()
    {
        await Gen.Int[0, 3].Array[1, 8].SampleAsync(
            async priorities =>
            {
                await using var host = await RouterTestHost.StartAsync();
                await host.Client.PutAgentAsync("a1");
                var created = new List<string>();
                foreach (var priority in priorities)
                {
                    created.Add((await host.Client.CreateItemAsync(new { priority })).Id);
                }

                await host.Client.SetStatusAsync("a1", "available");
                var expected = created.Select((id, i) => (id, p: priorities[i], i))
                    .OrderByDescending(x => x.p).ThenBy(x => x.i).Select(x => x.id);
                Assert.Equal(expected, await DrainAsync(host, "a1", priorities.Length));
            },
            iter: 8,
            threads: 1);
    }

    [Fact]
    public async Task Offers_GoToTheLongestIdleAgent_RoundRobin()
    {
        await using var host = await RouterTestHost.StartAsync();
        foreach (var agent in new[] { "a1", "a2", "a3" })
        {
            await host.Client.AddAvailableAgentAsync(agent, new() { ["api"] = 5 });
        }

        var winners = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var item = await host.Client.CreateItemAsync(new { });
            var offered = await Eventually.GetAsync(() => host.Client.GetItemAsync(item.Id), it => it.State == "offered", "an offer");
            winners.Add(offered.AgentId!);
        }

        Assert.Equal(["a1", "a2", "a3", "a1", "a2", "a3"], winners);
    }

    [Fact]
    public async Task ItemNoAgentCanTake_DoesNotBlockThoseBehindIt()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.AddAvailableAgentAsync("a1", new() { ["email"] = 1 });

        var fax = await host.Client.CreateItemAsync(new { channel = "fax", priority = 10 });
        var email = await host.Client.CreateItemAsync(new { channel = "email" });

        var offers = await host.Client.WaitForOffersAsync("a1");
        Assert.Equal(email.Id, offers[0].ItemId);
        Assert.Equal("queued", (await host.Client.GetItemAsync(fax.Id)).State);
    }

    [Fact]
    public async Task CapacityPerChannel_AndTotal_AreNeverExceeded()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.PutAgentAsync("a1", new() { ["email"] = 1, ["chat"] = 2 }, maxItems: 2);
        foreach (var channel in new[] { "email", "email", "chat", "chat" })
        {
            await host.Client.CreateItemAsync(new { channel });
        }

        await host.Client.SetStatusAsync("a1", "available");
        var offers = await host.Client.WaitForOffersAsync("a1", 2);
        await Task.Delay(300); // give a wrong third offer the chance to appear

        Assert.Equal(2, (await host.Client.OffersAsync("a1")).Length);
        Assert.Equal(["chat", "email"], offers.Select(o => o.Channel).Order());
        var agent = await host.Client.GetAgentAsync("a1");
        Assert.Equal(2, agent.Load["total"]);
        Assert.Equal(2, (await host.Client.QueueAsync("general")).Waiting);
    }

    [Fact]
    public async Task QueueSkills_OnlyEligibleAgentsGetItems()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.AddAvailableAgentAsync("generalist", new() { ["api"] = 5 });
        await host.Client.AddAvailableAgentAsync("biller", new() { ["api"] = 5 }, new() { ["billing"] = 2 });

        var item = await host.Client.CreateItemAsync(new { queue = "billing" });

        var offered = await Eventually.GetAsync(() => host.Client.GetItemAsync(item.Id), it => it.State == "offered", "an offer");
        Assert.Equal("biller", offered.AgentId);
        Assert.DoesNotContain("billing", (await host.Client.GetAgentAsync("generalist")).Queues);
        Assert.Contains("billing", (await host.Client.GetAgentAsync("biller")).Queues);
    }

    /// <summary>Lets the agent take, accept and complete <paramref name="count"/> items one at a time; returns their ids in order.</summary>
    internal static async Task<List<string>> DrainAsync(RouterTestHost host, string agent, int count)
    {
        var order = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var offer = (await host.Client.WaitForOffersAsync(agent)).Single();
            order.Add(offer.ItemId);
            await host.Client.AcceptAsync(offer.Id);
            await host.Client.CompleteAsync(offer.ItemId);
        }

        return order;
    }
}
