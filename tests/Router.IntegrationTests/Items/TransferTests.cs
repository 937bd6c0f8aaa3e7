using System.Net;
using System.Net.Http.Json;
using Router.IntegrationTests.Infrastructure;
using Router.Items;

namespace Router.IntegrationTests.Items;

/// <summary><c>POST /v1/items/{id}/transfer</c> moves an open item to another queue and frees what it held.</summary>
public sealed class TransferTests
{
    [Fact]
    public async Task AssignedItem_Transferred_IsQueuedInTheTarget_FreesTheAgent_AndGoesToSomeoneElse()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.AddAvailableAgentAsync("a1");
        var item = await host.Client.CreateItemAsync(new { externalId = "t-1" });
        await host.Client.AcceptAsync((await host.Client.WaitForOffersAsync("a1")).Single().Id);

        var moved = (await TransferAsync(host, item.Id, new { queue = "billing", reason = "billing question" }, HttpStatusCode.OK))!;

        Assert.Equal(("queued", "billing", null), (moved.State, moved.Queue, moved.AgentId));
        var entry = moved.History[^1];
        Assert.Equal(("transferred", "general", "assigned", "a1"), ((string?)entry["type"], (string?)entry["from"], (string?)entry["state"], (string?)entry["agent"]));
        Assert.Equal(0, (await host.Client.GetAgentAsync("a1")).Load["total"]);
        await host.Client.AddAvailableAgentAsync("b1", skills: new Dictionary<string, int> { ["billing"] = 2 });
        await host.Client.WaitForOffersAsync("b1");
    }

    [Fact]
    public async Task OfferedItem_Transferred_RevokesTheOffer()
    {
        await using var host = await RouterTestHost.StartAsync();
        await host.Client.AddAvailableAgentAsync("a1");
        var item = await host.Client.CreateItemAsync(new { externalId = "t-2" });
        await host.Client.WaitForOffersAsync("a1");

        var moved = (await TransferAsync(host, item.Id, new { queue = "billing" }, HttpStatusCode.OK))!;

        Assert.Equal(("queued", "billing"), (moved.State, moved.Queue));
        Assert.Empty(await host.Client.OffersAsync("a1"));
    }

    [Theory]
    [InlineData("""{"queue":"nowhere"}""", HttpStatusCode.BadRequest)]
    [InlineData("""{}""", HttpStatusCode.BadRequest)]
    [InlineData("""{"queue":""}""", HttpStatusCode.BadRequest)]
    public async Task BadTransferRequest_IsRefused_AndChangesNothing(string body, HttpStatusCode expected)
    {
        await using var host = await RouterTestHost.StartAsync();
        var item = await host.Client.CreateItemAsync(new { externalId = "t-3" });

        var response = await host.Client.PostAsync($"/v1/items/{item.Id}/transfer", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("general", (await host.Client.GetItemAsync(item.Id)).Queue);
    }

    [Fact]
    public async Task UnknownItem_Is404_AndCompletedItem_Is409()
    {
        await using var host = await RouterTestHost.StartAsync();
        var item = await host.Client.CreateItemAsync(new { externalId = "t-4" });
        await host.Client.CompleteAsync(item.Id);

        await TransferAsync(host, "nope", new { queue = "billing" }, HttpStatusCode.NotFound);
        await TransferAsync(host, item.Id, new { queue = "billing" }, HttpStatusCode.Conflict);
    }

    private static async Task<WorkItemView?> TransferAsync(RouterTestHost host, string id, object body, HttpStatusCode expected)
    {
        var response = await host.Client.PostAsJsonAsync($"/v1/items/{id}/transfer", body);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal(expected, response.StatusCode);
            return null;
        }

        return await RouterApi.ReadAsync<WorkItemView>(response, HttpStatusCode.OK);
    }
}
