using Router.Channels.WebChat;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.WebChat;

/// <summary>Two router instances on one workspace: the SignalR Redis backplane carries replies between them.</summary>
public sealed class ChatTwoHostsTests
{
    [Fact]
    public async Task VisitorOnHostA_GetsTheReplySentThroughHostB_AndResumesOnHostB()
    {
        var workspace = RouterTestHost.NewWorkspace();
        await using var a = await ChatSite.StartHostAsync(workspace);
        await using var b = await ChatSite.StartHostAsync(workspace);
        var visitor = ChatSite.NewVisitor();
        var session = ChatSite.NewSession();
        await using var onA = await ChatVisitor.ConnectAsync(a, visitor);
        var ack = await onA.SendAsync(session, "m1", "Anyone there?");

        await b.ReplyAsync(ack.ItemId, "Yes, from the other instance.");

        var pushed = await onA.NextAsync();
        Assert.Equal((ChatLine.Agent, "Yes, from the other instance."), (pushed.From, pushed.Text));
        await using var onB = await ChatVisitor.ConnectAsync(b, visitor);
        var history = await onB.HistoryAsync(session);
        Assert.Equal(ack.ItemId, history.ItemId);
        Assert.Equal(2, history.Lines.Count);
    }
}
