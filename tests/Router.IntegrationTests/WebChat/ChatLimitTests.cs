using Microsoft.AspNetCore.SignalR;

namespace Router.IntegrationTests.WebChat;

/// <summary>Size, content and rate limits: a breach is a clear HubException and creates nothing.</summary>
public sealed class ChatLimitTests(ChatLimitTests.LimitedSite site) : IClassFixture<ChatLimitTests.LimitedSite>
{
    public static TheoryData<string, string> RefusedTexts => new()
    {
        { "", "empty" },
        { " \n\t ", "empty" },
        { new string('x', 101), "too long" },
        { "nul \0 inside", "control character (U+0000)" },
        { "carriage\r\nreturn", "control character (U+000D)" },
        { "escape \u001b[31m", "control character (U+001B)" },
        { "next line \u0085", "control character (U+0085)" },
    };

    [Theory]
    [MemberData(nameof(RefusedTexts))]
    public async Task Send_RefusedText_IsRefusedWithTheReason_AndCreatesNothing(string text, string reason)
    {
        var host = site.Host;
        await using var chat = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        var session = ChatSite.NewSession();
        var items = await host.ItemCountAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => chat.SendAsync(session, "m1", text));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal(items, await host.ItemCountAsync());
        Assert.Empty((await chat.HistoryAsync(session)).Lines);
    }

    [Fact]
    public async Task Send_AtTheLengthLimit_WithNewlinesAndTabs_IsAccepted()
    {
        var host = site.Host;
        await using var chat = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        var text = "line\n\tindented" + new string('y', 86);

        var ack = await chat.SendAsync(ChatSite.NewSession(), "m1", text);

        Assert.Equal(text, (await Infrastructure.RouterApi.GetItemAsync(host.Client, ack.ItemId)).Text);
    }

    [Theory]
    [InlineData("short", "m1", "session id")]
    [InlineData("has:colon-123", "m1", "session id")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", "", "message id")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", "a/b", "message id")]
    public async Task Send_MalformedIds_AreRefused(string session, string messageId, string reason)
    {
        var host = site.Host;
        await using var chat = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        var items = await host.ItemCountAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => chat.SendAsync(session, messageId, "hello"));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.Equal(items, await host.ItemCountAsync());
    }

    [Fact]
    public async Task Send_OverTheMessagesPerMinute_IsRefused_AndCreatesNothing()
    {
        var host = site.Host;
        await using var chat = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        var session = ChatSite.NewSession();
        for (var i = 0; i < 4; i++)
        {
            await chat.SendAsync(session, $"m{i}", $"message {i}");
        }

        var items = await host.ItemCountAsync();
        var refused = await Assert.ThrowsAsync<HubException>(() => chat.SendAsync(session, "m4", "one too many"));

        Assert.Contains("at most 4 a minute", refused.Message, StringComparison.Ordinal);
        Assert.Equal(items, await host.ItemCountAsync());
        Assert.Equal(4, (await chat.HistoryAsync(session)).Lines.Count);
        Assert.True((await chat.SendAsync(session, "m0", "message 0")).Duplicate); // a resend is not a new message
    }

    [Fact]
    public async Task Send_InANewSession_OverTheConversationsPerDay_IsRefused_WhileOpenSessionsGoOn()
    {
        var host = site.Host;
        await using var chat = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        var first = ChatSite.NewSession();
        await chat.SendAsync(first, "a1", "first conversation");
        await chat.SendAsync(ChatSite.NewSession(), "b1", "second conversation");
        var items = await host.ItemCountAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => chat.SendAsync(ChatSite.NewSession(), "c1", "third"));

        Assert.Contains("at most 2 a day", refused.Message, StringComparison.Ordinal);
        Assert.Equal(items, await host.ItemCountAsync());
        await chat.SendAsync(first, "a2", "still talking in the first one");
    }

    [Fact]
    public async Task Limits_AreCountedPerVisitor()
    {
        var host = site.Host;
        await using var one = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());
        await using var two = await ChatVisitor.ConnectAsync(host, ChatSite.NewVisitor());

        var session = ChatSite.NewSession();
        for (var i = 0; i < 4; i++)
        {
            await one.SendAsync(session, $"m{i}", "hi");
        }

        var ack = await two.SendAsync(ChatSite.NewSession(), "m1", "hi");

        Assert.False(ack.Duplicate);
    }

    /// <summary>A site with tight limits: 100 characters, 4 messages a minute, 2 new conversations a day.</summary>
    public sealed class LimitedSite : ChatHostFixture
    {
        protected override Dictionary<string, string?> Settings => ChatSite.Settings(perMinute: 4, perDay: 2, maxLength: 100);
    }
}
