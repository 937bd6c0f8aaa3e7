using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.AgentHub;

/// <summary>Two router instances on one workspace: an agent connected to one gets offers the other made.</summary>
public sealed class AgentHubTwoHostsTests
{
    [Fact]
    public async Task AgentOnHostB_GetsTheOfferHostAMade_AndItsAcceptOnB_IsSeenOnA()
    {
        var workspace = RouterTestHost.NewWorkspace();
        await using var a = await RouterTestHost.StartAsync(workspace, AgentClient.Settings());
        await using var b = await RouterTestHost.StartAsync(workspace, AgentClient.Settings());
        await a.Client.AddAvailableAgentAsync("ana");
        await using var onB = await AgentClient.ConnectAsync(b, "ana");
        await using var alsoOnA = await AgentClient.ConnectAsync(a, "ana");

        var created = await a.Client.CreateItemAsync(new { subject = "made on A" });
        var offer = await onB.NextOfferAsync();
        await onB.AcceptAsync(offer.Id);

        Assert.Equal(created.Id, offer.ItemId);
        Assert.Equal(created.Id, (await alsoOnA.NextOfferAsync()).ItemId); // each instance pushes to its own connections
        Assert.Equal(("assigned", created.Id), ((await alsoOnA.NextItemAsync()).State, created.Id)); // through the backplane
        Assert.Equal("assigned", (await a.Client.GetItemAsync(created.Id)).State);
    }
}
