using System.Net;
using System.Net.Http.Json;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Items;

public sealed class IntakeTests
{
    [Fact]
    public async Task Create_StoresQueuedItemInDefaultQueue_WithHistory()
    {
        await using var host = await RouterTestHost.StartAsync();

        var created = await host.Client.CreateItemAsync(new
        {
            channel = "api",
            externalId = "crm-1",
            contact = new { email = "x@example.com" },
            subject = "Refund",
            text = "Please refund order 42",
            attributes = new { tier = "gold" },
        });

        var item = await host.Client.GetItemAsync(created.Id);
        Assert.Equal("queued", item.State);
        Assert.Equal("general", item.Queue);
        Assert.Equal(0, item.Priority);
        Assert.Equal("api", item.Channel);
        Assert.Equal("crm-1", item.ExternalId);
        Assert.Equal("Refund", item.Subject);
        Assert.Equal("gold", (string?)item.Attributes!["tier"]);
        Assert.Equal("x@example.com", (string?)item.Contact!["email"]);
        var created1 = Assert.Single(item.History);
        Assert.Equal("created", (string?)created1["type"]);
        Assert.Equal("no rule matched: default", (string?)created1["reason"]);
        Assert.Equal(1, await host.Redis.SortedSetLengthAsync($"router:{{{host.Workspace}}}:queue:general"));
    }

    [Fact]
    public async Task Create_SameExternalIdTwice_ReturnsFirstItemWith200_AndCreatesNothing()
    {
        await using var host = await RouterTestHost.StartAsync();
        var first = await host.Client.CreateItemAsync(new { externalId = "crm-dup", subject = "first" });

        var again = await host.Client.PostAsJsonAsync("/v1/items", new { externalId = "crm-dup", subject = "second" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await RouterApi.ReadAsync<Router.Items.WorkItemView>(again, HttpStatusCode.OK);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("first", second.Subject);
        Assert.Equal(1, await host.Redis.SortedSetLengthAsync($"router:{{{host.Workspace}}}:queue:general"));
    }

    [Fact]
    public async Task Create_ConcurrentDuplicates_CreateExactlyOneItem()
    {
        await using var host = await RouterTestHost.StartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            host.Client.PostAsJsonAsync("/v1/items", new { externalId = "crm-race" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<Router.Items.WorkItemView>())!.Id));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task Create_WithQueueAndPriority_UsesThem()
    {
        await using var host = await RouterTestHost.StartAsync();

        var item = await host.Client.CreateItemAsync(new { queue = "billing", priority = 700 });

        Assert.Equal("billing", item.Queue);
        Assert.Equal(700, item.Priority);
        Assert.StartsWith("queue and priority named by the request", (string?)item.History[0]["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_SurvivesRouterRestart()
    {
        var workspace = RouterTestHost.NewWorkspace();
        string id;
        await using (var first = await RouterTestHost.StartAsync(workspace))
        {
            id = (await first.Client.CreateItemAsync(new { externalId = "persist" })).Id;
        }

        await using var second = await RouterTestHost.StartAsync(workspace);
        var item = await second.Client.GetItemAsync(id);
        Assert.Equal("queued", item.State);
    }
}
