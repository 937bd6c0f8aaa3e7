using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Router.Channels;
using Router.IntegrationTests.Infrastructure;
using Router.Replies;

namespace Router.IntegrationTests.Replies;

public sealed class ReplyTests
{
    [Fact]
    public async Task Reply_GoesOutThroughTheItemsChannel_WithItsReplyTo_AndStopsFirstResponse()
    {
        var (host, email) = await StartAsync();
        await using var _ = host;
        var itemId = await EmailItemAsync(host);

        var response = await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "On its way", agentId = "a1", replyId = "r-1" });

        var outcome = await RouterApi.ReadAsync<ReplyOutcome>(response, HttpStatusCode.OK);
        Assert.Equal("sent", outcome.Status);
        Assert.Equal("p-r-1", outcome.ProviderId);
        var sent = Assert.Single(email.Sent);
        Assert.Equal("m1@example.com", (string?)sent.ReplyTo["messageId"]);
        Assert.Equal("Re: Order late", sent.Subject);
        Assert.False(sent.Automatic);
        var item = await host.Client.GetItemAsync(itemId);
        Assert.Contains(item.Messages, m => (string?)m["direction"] == "out" && (string?)m["text"] == "On its way");
        var replied = Assert.Single(item.History, h => (string?)h["type"] == "agent.replied");
        Assert.True((bool?)replied["firstResponse"]);
        Assert.NotNull(item.Sla!.FirstResponse!.StoppedAt);
    }

    [Fact]
    public async Task CustomersAnswerToTheReply_JoinsTheItem_ByTheThreadKeyTheChannelGave()
    {
        var (host, email) = await StartAsync();
        await using var _ = host;
        email.Answer = m => new OutboundReceipt(OutboundReceipt.Sent, "reply-" + m.MessageId) { ThreadKey = "email:msgid:reply-" + m.MessageId };
        var itemId = await EmailItemAsync(host);
        (await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "Which order?", replyId = "r-7" })).EnsureSuccessStatusCode();

        var answer = await host.Service<IInboundSink>().AcceptAsync(
            new InboundMessage(ChannelKind.Email, "email:support:m2@example.com", null, "Re: Order late", "Order 42", null)
            {
                JoinKeys = ["email:msgid:reply-r-7"],
            },
            CancellationToken.None);

        Assert.True(answer.Joined);
        Assert.Equal(itemId, answer.ItemId);
    }

    [Fact]
    public async Task SameReplyIdTwice_SendsOnce_AndAnswersTheSameOutcome()
    {
        var (host, email) = await StartAsync();
        await using var _ = host;
        var itemId = await EmailItemAsync(host);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "once", replyId = "r-dup" })));
        var again = await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "once", replyId = "r-dup" });

        Assert.Single(email.Sent);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        // Requests that raced the first one are told it is in progress, never sent again.
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
    }

    [Fact]
    public async Task RefusedByTheChannel_Is409WithTheReason_AndLeavesTheClockRunning()
    {
        var (host, email) = await StartAsync();
        await using var _ = host;
        email.Answer = _ => new OutboundReceipt(OutboundReceipt.Refused, null, "opted out");
        var itemId = await EmailItemAsync(host);

        var response = await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "hello" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("opted out", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]);
        Assert.Null((await host.Client.GetItemAsync(itemId)).Sla!.FirstResponse!.StoppedAt);
    }

    [Fact]
    public async Task ChannelFails_OutcomeUnknown_IsRecordedAndNeverResent()
    {
        var (host, email) = await StartAsync();
        await using var _ = host;
        email.Answer = _ => throw new TimeoutException("SMTP server did not answer after DATA");
        var itemId = await EmailItemAsync(host);

        var first = await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "hello", replyId = "r-x" });
        var retry = await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "hello", replyId = "r-x" });

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, retry.StatusCode);
        Assert.Single(email.Sent);
        Assert.Contains((await host.Client.GetItemAsync(itemId)).History, h => (string?)h["status"] == "unknown");
    }

    [Fact]
    public async Task ApiItem_HasNoChannelToReplyThrough_409()
    {
        var (host, _) = await StartAsync();
        await using var _ = host;
        var item = await host.Client.CreateItemAsync(new { subject = "from the CRM" });

        var response = await host.Client.PostAsJsonAsync($"/v1/items/{item.Id}/replies", new { text = "hello" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task BadRequests_UnknownItem404_CompletedItem409_EmptyText400_BadReplyId400()
    {
        var (host, email) = await StartAsync();
        await using var _ = host;
        var itemId = await EmailItemAsync(host);

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsJsonAsync("/v1/items/nope/replies", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "x", replyId = "a b" })).StatusCode);
        (await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/complete", new { })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "x" })).StatusCode);
        Assert.Empty(email.Sent);
    }

    private static async Task<(RouterTestHost Host, RecordingChannel Email)> StartAsync()
    {
        var email = new RecordingChannel(ChannelKind.Email);
        var host = await RouterTestHost.StartAsync(services: s => s.AddSingleton<IOutboundChannel>(email));
        return (host, email);
    }

    private static async Task<string> EmailItemAsync(RouterTestHost host) =>
        (await host.Service<IInboundSink>().AcceptAsync(
            new InboundMessage(ChannelKind.Email, "email:support:m1@example.com", null, "Order late", "where is it?", null)
            {
                ReplyTo = new JsonObject { ["address"] = "ann@example.com", ["messageId"] = "m1@example.com" },
            },
            CancellationToken.None)).ItemId;
}
