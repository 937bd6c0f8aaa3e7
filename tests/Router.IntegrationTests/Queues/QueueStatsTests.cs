using Microsoft.Extensions.Time.Testing;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Queues;

public sealed class QueueStatsTests
{
    [Fact]
    public async Task Queues_ShowWaitingOldestWaitOfferedAssignedAndAvailableAgents()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(time: time);
        await host.Client.PutAgentAsync("a1", new() { ["api"] = 2 });
        foreach (var _ in Enumerable.Range(0, 4))
        {
            await host.Client.CreateItemAsync(new { });
        }

        time.Advance(TimeSpan.FromSeconds(5));
        await host.Client.SetStatusAsync("a1", "available");
        var offers = await host.Client.WaitForOffersAsync("a1", 2);
        await host.Client.AcceptAsync(offers[0].Id);

        var general = await host.Client.QueueAsync("general");
        Assert.Equal(2, general.Waiting);
        Assert.InRange(general.OldestWaitSeconds, 4.9, 5.5);
        Assert.Equal(1, general.Offered);
        Assert.Equal(1, general.Assigned);
        Assert.Equal(1, general.AvailableAgents);
        Assert.Equal(0, (await host.Client.QueueAsync("billing")).AvailableAgents);
    }
}
