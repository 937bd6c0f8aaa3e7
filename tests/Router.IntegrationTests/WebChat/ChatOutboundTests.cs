using System.Text.Json.Nodes;
using Router.Channels;
using Router.Channels.WebChat;

namespace Router.IntegrationTests.WebChat;

/// <summary>Replies the chat channel cannot deliver are refused receipts with a reason, never exceptions.</summary>
public sealed class ChatOutboundTests
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
        await using var host = await ChatSite.StartHostAsync();

        var receipt = await host.Outbound().SendAsync(
            new OutboundMessage("item-1", "r1", JsonNode.Parse(replyTo)!.AsObject(), null, "hello", false), CancellationToken.None);

        Assert.Equal(OutboundReceipt.Refused, receipt.Status);
        Assert.Contains(reason, receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutomaticReply_IsALineFromTheSystem()
    {
        await using var host = await ChatSite.StartHostAsync();
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        await using var chat = await ChatVisitor.ConnectAsync(host, visitor);
        var ack = await chat.SendAsync(session, "m1", "hi");

        await host.Outbound().SendAsync(
            new OutboundMessage(ack.ItemId, "auto-1", new ChatReplyTo(ChatSite.Name, visitor, session).ToJson(), null, "We'll be with you shortly.", true),
            CancellationToken.None);

        Assert.Equal(ChatLine.System, (await chat.NextAsync()).From);
    }
}
