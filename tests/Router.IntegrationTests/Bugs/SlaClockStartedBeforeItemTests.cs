using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Bugs;

/// <summary>
/// The SLA plan was computed from the clock read before the intake script ran, and createdAt from the clock read when
/// it ran: under load the clocks started up to milliseconds before the item existed, and escalations fired "early".
/// </summary>
public sealed class SlaClockStartedBeforeItemTests
{
    [Fact]
    public async Task DueTimes_AreCreatedAtPlusTheTarget_Exactly()
    {
        await using var host = await RouterTestHost.StartAsync();

        var items = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Client.CreateItemAsync(new { subject = "x" })));

        foreach (var created in items)
        {
            var item = await host.Client.GetItemAsync(created.Id);
            Assert.Equal(item.CreatedAt.AddHours(8), item.Sla!.FirstResponse!.DueAt);
            Assert.Equal(item.CreatedAt.AddDays(3), item.Sla.Resolution!.DueAt);
        }
    }
}
