using Router.Channels;
using Router.Channels.WebChat;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.WebChat;

/// <summary>A visitor's conversation end to end, with the real SignalR client against a real host and Redis.</summary>
public sealed class ChatConversationTests
{
    [Fact]
    public async Task SignedVisitor_Sends_ItemAppearsWithTheTextExactlyAsSent()
    {
        await using var host = await ChatSite.StartHostAsync();
        var visitor = ChatSite.NewVisitor();
        await using var chat = await ChatVisitor.ConnectAsync(host, visitor);
        const string text = "Hi <b>there</b> & \"you\"\n\tmy order <script>alert(1)</script> 🚚";

        var ack = await chat.SendAsync(ChatSite.NewSession(), "m1", text);

        Assert.False(ack.Duplicate);
        var item = await host.Client.GetItemAsync(ack.ItemId);
        Assert.Equal("chat", item.Channel);
        Assert.Equal(text, item.Text);
        Assert.Equal($"chat:{ChatSite.Name}:{visitor}:m1", item.ExternalId);
        Assert.Equal(ChatSite.Name, (string?)item.Attributes!["site"]);
        Assert.Equal(visitor, (string?)item.Contact!["visitor"]);
        Assert.NotNull(item.ContactId);
        Assert.Equal("queued", item.State);
    }

    [Fact]
    public async Task AgentReply_ThroughTheRepliesEndpoint_ArrivesLive_AndIsInTheHistory()
    {
        await using var host = await ChatSite.StartHostAsync();
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        await using var chat = await ChatVisitor.ConnectAsync(host, visitor);
        var ack = await chat.SendAsync(session, "m1", "Where is my parcel?");

        var outcome = await host.ReplyAsync(ack.ItemId, "It left the depot <today>.");

        Assert.Equal(OutboundReceipt.Sent, outcome.Status);
        var pushed = await chat.NextAsync();
        Assert.Equal((session, ChatLine.Agent, "It left the depot <today>.", outcome.ReplyId), (pushed.SessionId, pushed.From, pushed.Text, pushed.Id));
        var history = await chat.HistoryAsync(session);
        Assert.Equal(ack.ItemId, history.ItemId);
        Assert.Equal(
            [(ChatLine.Visitor, "Where is my parcel?"), (ChatLine.Agent, "It left the depot <today>.")],
            history.Lines.Select(l => (l.From, l.Text)).ToArray());
    }

    [Fact]
    public async Task LaterMessagesOfTheSession_JoinTheOpenItem_AndANewSessionOpensANewItem()
    {
        await using var host = await ChatSite.StartHostAsync();
        await using var chat = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        var session = ChatSite.NewSession();

        var first = await chat.SendAsync(session, "m1", "Hello");
        var second = await chat.SendAsync(session, "m2", "Are you there?");
        var elsewhere = await chat.SendAsync(ChatSite.NewSession(), "m3", "Another question");

        Assert.Equal(first.ItemId, second.ItemId);
        Assert.False(second.Duplicate);
        Assert.NotEqual(first.ItemId, elsewhere.ItemId);
        var item = await host.Client.GetItemAsync(first.ItemId);
        Assert.Contains(item.Messages, m => (string?)m["direction"] == "in" && (string?)m["content"]?["text"] == "Are you there?");
    }

    [Fact]
    public async Task Reconnect_SameSession_ResumesTheSameItem_WithTheReplyMissedWhileAway()
    {
        await using var host = await ChatSite.StartHostAsync();
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        string itemId;
        await using (var first = await ChatVisitor.ConnectAsync(host, visitor))
        {
            itemId = (await first.SendAsync(session, "m1", "Hello?")).ItemId;
        }

        await host.ReplyAsync(itemId, "Hello, how can I help?");
        await using var again = await ChatVisitor.ConnectAsync(host, visitor);
        var history = await again.HistoryAsync(session);
        var next = await again.SendAsync(session, "m2", "My parcel is late.");

        Assert.Equal(itemId, history.ItemId);
        Assert.Equal(["Hello?", "Hello, how can I help?"], history.Lines.Select(l => l.Text).ToArray());
        Assert.Equal(itemId, next.ItemId);
    }

    [Fact]
    public async Task Resend_AfterReconnect_WithTheSameMessageId_ReturnsTheFirstAck_AndCreatesNothing()
    {
        await using var host = await ChatSite.StartHostAsync();
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        ChatAck first;
        await using (var chat = await ChatVisitor.ConnectAsync(host, visitor))
        {
            first = await chat.SendAsync(session, "m1", "Hello?");
        }

        var items = await host.ItemCountAsync();
        await using var again = await ChatVisitor.ConnectAsync(host, visitor);
        var resent = await again.SendAsync(session, "m1", "Hello?");

        Assert.True(resent.Duplicate);
        Assert.Equal((first.ItemId, first.At), (resent.ItemId, resent.At));
        Assert.Equal(items, await host.ItemCountAsync());
        Assert.Single((await again.HistoryAsync(session)).Lines);
    }

    [Fact]
    public async Task VisitorMessage_IsPushedToTheVisitorsOtherTabs_NotBackToTheSender()
    {
        await using var host = await ChatSite.StartHostAsync();
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        await using var tab1 = await ChatVisitor.ConnectAsync(host, visitor);
        await using var tab2 = await ChatVisitor.ConnectAsync(host, visitor);

        var ack = await tab1.SendAsync(session, "m1", "from tab one");
        await host.ReplyAsync(ack.ItemId, "answer");

        Assert.Equal("from tab one", (await tab2.NextAsync()).Text);
        Assert.Equal("answer", (await tab2.NextAsync()).Text);
        Assert.Equal("answer", (await tab1.NextAsync()).Text); // the reply is the first thing tab one gets
    }

    [Fact]
    public async Task History_OfAnotherVisitorsSession_IsEmpty()
    {
        await using var host = await ChatSite.StartHostAsync();
        var session = ChatSite.NewSession();
        await using var owner = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        await owner.SendAsync(session, "m1", "private");

        await using var other = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        var history = await other.HistoryAsync(session);

        Assert.Null(history.ItemId);
        Assert.Empty(history.Lines);
    }
}
