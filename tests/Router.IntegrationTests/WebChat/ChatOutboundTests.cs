using System.Text.Json.Nodes;
using Router.Channels;
using Router.Channels.WebChat;

namespace Router.IntegrationTests.WebChat;

/// <summary>Replies the chat channel cannot deliver are refused receipts with a reason, never exceptions.</summary>
public sealed class ChatOutboundTests(ChatHostFixture shared) : IClassFixture<ChatHostFixture>
{
    public static TheoryData<string, string> BadAddresses => new()
    {
        { """{"site":"acme","visitor":"v-1"}""", "not a chat session" },
        { """{"site":"acme","visitor":"v:1","session":"0f8fad5b-d9cb"}""", "not a chat session" },
        { """{"site":"acme","visitor":"v-1","session":42}""", "not a chat session" },
        { """{"site":"gone","visitor":"v-1","session":"0f8fad5b-d9cb"}""", "not configured" },
    };

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task Reply_ToABadAddress_IsRefusedWithAReason(string replyTo, string reason)
    {
        var host = shared.Host;

        var receipt = await host.Outbound().SendAsync(
            new OutboundMessage("item-1", "r1", JsonNode.Parse(replyTo)!.AsObject(), null, "hello", false), CancellationToken.None);

        Assert.Equal(OutboundReceipt.Refused, receipt.Status);
        Assert.Contains(reason, receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutomaticReply_IsALineFromTheSystem()
    {
        var host = shared.Host;
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        await using var chat = await ChatVisitor.ConnectAsync(host, visitor);
        var ack = await chat.SendAsync(session, "m1", "hi");

        await host.SendDirectAsync(ack.ItemId, visitor, session, "We'll be with you shortly.", automatic: true);

        Assert.Equal(ChatLine.System, (await chat.NextAsync()).From);
    }

    [Fact]
    public async Task RetriedReply_WithTheSameMessageId_IsStoredOnce_AndPushedAgain()
    {
        var host = shared.Host;
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        await using var chat = await ChatVisitor.ConnectAsync(host, visitor);
        var ack = await chat.SendAsync(session, "m1", "Hi");

        await host.SendDirectAsync(ack.ItemId, visitor, session, "Hello", messageId: "reply-1");
        await host.SendDirectAsync(ack.ItemId, visitor, session, "Hello", messageId: "reply-1");

        Assert.Equal(2, (await chat.HistoryAsync(session)).Lines.Count);
        var pushes = new[] { await chat.NextAsync(), await chat.NextAsync() };
        Assert.Equal(["reply-1", "reply-1"], pushes.Select(p => p.Id).ToArray());
        Assert.Equal(pushes[0].At, pushes[1].At); // the stored line, both times
    }

    [Fact]
    public async Task Reply_ToASessionWhoseTranscriptExpired_StartsItAgain_WithTheItem()
    {
        var host = shared.Host;
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        await using var chat = await ChatVisitor.ConnectAsync(host, visitor);

        var receipt = await host.SendDirectAsync("item-42", visitor, session, "Still there?");

        Assert.Equal(OutboundReceipt.Sent, receipt.Status);
        var history = await chat.HistoryAsync(session);
        Assert.Equal("item-42", history.ItemId);
        Assert.Equal("Still there?", Assert.Single(history.Lines).Text);
    }
}
