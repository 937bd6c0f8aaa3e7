using System.Diagnostics;
using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>Mail in a watched folder becomes exactly one work item, and only then leaves the folder.</summary>
public sealed class IngestTests
{
    [Fact]
    public async Task NewMail_BecomesAnItemWithinTwoSeconds_ThroughIdle()
    {
        var user = await (await DovecotServer.GetAsync()).AddUserAsync();
        var mailbox = EmailTestHost.NewMailboxName();
        await using var host = await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, mailbox));
        await host.WaitUntilReadingAsync();
        await Task.Delay(300); // let the watcher enter IDLE

        var messageId = TestMail.NewMessageId();
        var clock = Stopwatch.StartNew();
        await user.AppendAsync(TestMail.Create(messageId: messageId));
        var itemId = await host.WaitForItemAsync(messageId, timeoutMs: 2000);
        clock.Stop();

        var item = await host.Client.GetItemAsync(itemId);
        Assert.Equal("email", item.Channel);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
        await Eventually.GetAsync(() => user.CountAsync("Processed"), n => n == 1, "the mail in Processed");
        Assert.Equal(0, await user.CountAsync("INBOX"));
    }

    [Fact]
    public async Task MailThatArrivedWhileNoRouterRan_IsIngestedOnStart()
    {
        var user = await (await DovecotServer.GetAsync()).AddUserAsync();
        var mailbox = EmailTestHost.NewMailboxName();
        var workspace = RouterTestHost.NewWorkspace();
        var settings = EmailTestHost.MailboxSettings(user, mailbox);
        await using (var first = await RouterTestHost.StartAsync(workspace, settings))
        {
            var early = TestMail.NewMessageId();
            await user.AppendAsync(TestMail.Create(messageId: early));
            await first.WaitForItemAsync(early);
        }

        var later = Enumerable.Range(0, 3).Select(_ => TestMail.NewMessageId()).ToList();
        foreach (var id in later)
        {
            await user.AppendAsync(TestMail.Create(messageId: id));
        }

        await using var second = await RouterTestHost.StartAsync(workspace, settings);
        foreach (var id in later)
        {
            await second.WaitForItemAsync(id);
        }

        Assert.Equal(4, await second.ItemCountAsync());
        await Eventually.GetAsync(() => user.CountAsync("INBOX"), n => n == 0, "an empty INBOX");
    }

    [Fact]
    public async Task CrashAfterTheItemWasStoredButBeforeTheMove_MakesNoDuplicate_AndTheMailIsMovedOnRestart()
    {
        var user = await (await DovecotServer.GetAsync()).AddUserAsync();
        var mailbox = EmailTestHost.NewMailboxName();
        var workspace = RouterTestHost.NewWorkspace();
        var raw = TestMail.Create();
        await user.AppendAsync(raw);

        // The state a crash between AcceptAsync and the move leaves: the item is durable, the mail still in INBOX.
        string itemId;
        await using (var crashed = await RouterTestHost.StartAsync(workspace))
        {
            itemId = await IntakeDirectly.AcceptAsync(crashed, raw, mailbox);
        }

        Assert.Equal(1, await user.CountAsync("INBOX"));
        await using var restarted = await RouterTestHost.StartAsync(workspace, EmailTestHost.MailboxSettings(user, mailbox));
        await Eventually.GetAsync(() => user.CountAsync("Processed"), n => n == 1, "the mail moved to Processed");

        Assert.Equal(0, await user.CountAsync("INBOX"));
        Assert.Equal(1, await restarted.ItemCountAsync());
        Assert.Equal([itemId], (await restarted.ExternalIdsAsync()).Values);
    }
}
