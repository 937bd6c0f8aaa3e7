using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.MultiHost;

/// <summary>
/// Two router hosts (separate DI containers, Redis connections and dispatchers) share one workspace in one Redis.
/// Items pour in through both while agents answer offers through both, rejecting some; capacity is smaller than the
/// load, so dispatch keeps racing on freed capacity.
/// </summary>
public sealed class TwoHostsTests
{
    private const int Items = 400;
    private const int Agents = 20;

    [Fact]
    public async Task TwoHosts_ConcurrentIntakeAndDispatch_EveryItemOfferedToOneAgentAtATime_AndAssignedExactlyOnce()
    {
        var workspace = RouterTestHost.NewWorkspace();
        await using var h1 = await RouterTestHost.StartAsync(workspace);
        await using var h2 = await RouterTestHost.StartAsync(workspace);
        var hosts = new[] { h1, h2 };
        for (var a = 0; a < Agents; a++)
        {
            await hosts[a % 2].Client.AddAvailableAgentAsync($"a{a}", new() { ["api"] = 3, ["email"] = 2 });
        }

        var completed = new ConcurrentDictionary<string, string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var workers = Enumerable.Range(0, Agents).Select(a => AgentLoopAsync($"a{a}", hosts, completed, stop.Token)).ToArray();
        var intake = Enumerable.Range(0, Items).Select(i => hosts[i % 2].Client.CreateItemAsync(new
        {
            externalId = $"x{i}",
            channel = i % 3 == 0 ? "email" : "api",
            priority = i % 4,
        }));
        var created = await Task.WhenAll(intake);

        await Eventually.GetAsync(() => Task.FromResult(completed.Count), c => c == Items, $"{Items} completed items", 60_000);
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.Equal(Items, created.Select(c => c.Id).Distinct().Count());
        foreach (var item in created)
        {
            var view = await h1.Client.GetItemAsync(item.Id);
            Assert.Equal("completed", view.State);
            AssertOneOfferAtATimeAndOneAssignment(view.History, item.Id);
        }

        foreach (var a in Enumerable.Range(0, Agents))
        {
            Assert.Equal(0, (await h2.Client.GetAgentAsync($"a{a}")).Load["total"]);
        }

        var general = await h1.Client.QueueAsync("general");
        Assert.Equal((0L, 0L, 0L), (general.Waiting, general.Offered, general.Assigned));
    }

    private static void AssertOneOfferAtATimeAndOneAssignment(IReadOnlyList<JsonObject> history, string id)
    {
        string? open = null;
        var assigned = 0;
        foreach (var entry in history)
        {
            var type = (string?)entry["type"];
            switch (type)
            {
                case "offered":
                    Assert.True(open is null, $"{id}: offered while offer {open} was still open");
                    open = (string?)entry["offer"];
                    break;
                case "assigned":
                    Assert.Equal(open, (string?)entry["offer"]);
                    open = null;
                    assigned++;
                    break;
                case "offer.rejected" or "offer.expired" or "offer.revoked":
                    Assert.Equal(open, (string?)entry["offer"]);
                    open = null;
                    break;
            }
        }

        Assert.True(assigned == 1, $"{id}: assigned {assigned} times");
        Assert.Null(open);
    }

    private static async Task AgentLoopAsync(
        string agent, RouterTestHost[] hosts, ConcurrentDictionary<string, string> completed, CancellationToken stop)
    {
        var random = new Random(agent.GetHashCode(StringComparison.Ordinal));
        while (!stop.IsCancellationRequested)
        {
            var client = hosts[random.Next(2)].Client;
            var offers = await client.OffersAsync(agent);
            if (offers.Length == 0)
            {
                await Task.Delay(10, CancellationToken.None);
                continue;
            }

            foreach (var offer in offers)
            {
                client = hosts[random.Next(2)].Client;
                if (random.Next(10) == 0)
                {
                    await client.PostAsync($"/v1/offers/{offer.Id}/reject", null, CancellationToken.None);
                    continue;
                }

                var accepted = await client.PostAsync($"/v1/offers/{offer.Id}/accept", null, CancellationToken.None);
                Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
                await hosts[random.Next(2)].Client.CompleteAsync(offer.ItemId);
                Assert.True(completed.TryAdd(offer.ItemId, agent), $"{offer.ItemId} completed twice");
            }
        }
    }
}
