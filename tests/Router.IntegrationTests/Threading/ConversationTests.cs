using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Router.Channels;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Threading;

public sealed class ConversationTests
{
    [Fact]
    public async Task Reply_JoinsTheOpenItem_ShowsInMessagesAndHistory_CreatesNothing()
    {
        await using var host = await RouterTestHost.StartAsync();
        var sink = host.Service<IInboundSink>();
        var first = await sink.AcceptAsync(Mail("m1", "Order late", thread: "email:msgid:m1"), CancellationToken.None);

        var reply = await sink.AcceptAsync(Mail("m2", "Re: Order late", join: "email:msgid:m1") with { Text = "still waiting" }, CancellationToken.None);

        Assert.True(first.Created);
        Assert.Equal(first.ItemId, reply.ItemId);
        Assert.False(reply.Created);
        Assert.True(reply.Joined);
        var item = await host.Client.GetItemAsync(first.ItemId);
        var message = Assert.Single(item.Messages);
        Assert.Equal("in", (string?)message["direction"]);
        Assert.Equal("still waiting", (string?)message["content"]!["text"]);
        Assert.Contains(item.History, h => (string?)h["type"] == "customer.message" && (string?)h["thread"] == "email:msgid:m1");
        Assert.Equal(1, await host.Redis.SortedSetLengthAsync($"router:{{{host.Workspace}}}:queue:general"));
    }

    [Fact]
    public async Task JoinedMessage_RedeliveredTwice_IsAddedOnce()
    {
        await using var host = await RouterTestHost.StartAsync();
        var sink = host.Service<IInboundSink>();
        var first = await sink.AcceptAsync(Mail("m1", "Hello", thread: "email:msgid:m1"), CancellationToken.None);

        await sink.AcceptAsync(Mail("m2", "Re: Hello", join: "email:msgid:m1"), CancellationToken.None);
        var again = await sink.AcceptAsync(Mail("m2", "Re: Hello", join: "email:msgid:m1"), CancellationToken.None);

        Assert.Equal(first.ItemId, again.ItemId);
        Assert.False(again.Joined);
        Assert.Single((await host.Client.GetItemAsync(first.ItemId)).Messages);
    }

    [Fact]
    public async Task ReplyToACompletedItem_StartsANewItem_ThatLaterRepliesJoin()
    {
        await using var host = await RouterTestHost.StartAsync();
        var sink = host.Service<IInboundSink>();
        var first = await sink.AcceptAsync(Mail("m1", "Hello", thread: "email:msgid:m1"), CancellationToken.None);
        (await host.Client.PostAsJsonAsync($"/v1/items/{first.ItemId}/complete", new { })).EnsureSuccessStatusCode();

        var late = await sink.AcceptAsync(Mail("m2", "Re: Hello", join: "email:msgid:m1", thread: "email:msgid:m2"), CancellationToken.None);
        var later = await sink.AcceptAsync(Mail("m3", "Re: Hello", join: "email:msgid:m2"), CancellationToken.None);

        Assert.True(late.Created);
        Assert.NotEqual(first.ItemId, late.ItemId);
        Assert.Equal(late.ItemId, later.ItemId);
        Assert.True(later.Joined);
    }

    [Fact]
    public async Task ThreadKeyWindow_Lapses_ThenAMatchingMessageStartsANewItem()
    {
        await using var host = await RouterTestHost.StartAsync();
        var sink = host.Service<IInboundSink>();
        var first = await sink.AcceptAsync(
            Mail("m1", "Hello") with { ThreadKeys = [new ThreadKey("email:subject:ann@example.com:hello", TimeSpan.FromMilliseconds(300))] },
            CancellationToken.None);
        var within = await sink.AcceptAsync(Mail("m2", "Hello", join: "email:subject:ann@example.com:hello"), CancellationToken.None);

        await Task.Delay(TimeSpan.FromMilliseconds(600));
        var after = await sink.AcceptAsync(Mail("m3", "Hello", join: "email:subject:ann@example.com:hello"), CancellationToken.None);

        Assert.Equal(first.ItemId, within.ItemId);
        Assert.True(after.Created);
        Assert.NotEqual(first.ItemId, after.ItemId);
    }

    [Fact]
    public async Task JoinedMessage_ReplacesWhereRepliesGo()
    {
        await using var host = await RouterTestHost.StartAsync();
        var sink = host.Service<IInboundSink>();
        var first = await sink.AcceptAsync(Mail("m1", "Hi", thread: "email:msgid:m1"), CancellationToken.None);

        await sink.AcceptAsync(Mail("m2", "Re: Hi", join: "email:msgid:m1"), CancellationToken.None);

        var replyTo = (string?)await host.Redis.HashGetAsync($"router:{{{host.Workspace}}}:item:{first.ItemId}", "replyTo");
        Assert.Equal("m2", (string?)JsonNode.Parse(replyTo!)!["messageId"]);
    }

    private static InboundMessage Mail(string messageId, string subject, string? thread = null, string? join = null) =>
        new(ChannelKind.Email, $"email:support:{messageId}", new JsonObject { ["email"] = "ann@example.com" }, subject, "text", null)
        {
            Handles = [ContactHandle.Email("ann@example.com")],
            ThreadKeys = thread is null ? [] : [new ThreadKey(thread)],
            JoinKeys = join is null ? [] : [join],
            ReplyTo = new JsonObject { ["address"] = "ann@example.com", ["messageId"] = messageId },
        };
}
