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
        var user = (await DovecotServer.GetAsync()).NewUser();
        var mailbox = EmailTestHost.NewMailboxName();
        await using var host = await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, mailbox));
        await host.WaitUntilReadingAsync();
        await Task.Delay(300); // let the watcher enter IDLE

        // Polling is 120 s here, so only IDLE explains delivery in seconds. The machine running the tests may be
        // loaded: of three messages, at least one must make it within the 2 s the channel promises.
        var latencies = new List<long>();
        string? itemId = null;
        for (var i = 0; i < 3; i++)
        {
            var messageId = TestMail.NewMessageId();
            var clock = Stopwatch.StartNew();
            await user.AppendAsync(TestMail.Create(messageId: messageId));
            itemId = await host.WaitForItemAsync(messageId, timeoutMs: 10_000);
            latencies.Add(clock.ElapsedMilliseconds);
        }

        Assert.True(latencies.Min() < 2000, $"append → item took {string.Join(", ", latencies)} ms");
        Assert.Equal("email", (await host.Client.GetItemAsync(itemId!)).Channel);
        await Eventually.GetAsync(() => user.CountAsync("Processed"), n => n == 3, "the mail in Processed");
        Assert.Equal(0, await user.CountAsync("INBOX"));
    }

    [Fact]
    public async Task MailThatArrivedWhileNoRouterRan_IsIngestedOnStart()
    {
        var user = (await DovecotServer.GetAsync()).NewUser();
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
        var user = (await DovecotServer.GetAsync()).NewUser();
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

    [Fact]
    public async Task FlagMode_LeavesTheMailInPlace_SeenAndMarkedProcessed_AndReadsItOnce()
    {
        var user = (await DovecotServer.GetAsync()).NewUser();
        var workspace = RouterTestHost.NewWorkspace();
        var settings = EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName());
        settings["Router:Email:Mailboxes:0:AfterIntake"] = "Flag";
        var ids = new[] { TestMail.NewMessageId(), TestMail.NewMessageId() };
        await using (var host = await RouterTestHost.StartAsync(workspace, settings))
        {
            await user.AppendAsync(TestMail.Create(messageId: ids[0]));
            await host.WaitForItemAsync(ids[0]);
        }

        await using var restarted = await RouterTestHost.StartAsync(workspace, settings);
        await user.AppendAsync(TestMail.Create(messageId: ids[1]));
        await restarted.WaitForItemAsync(ids[1]);

        await Eventually.GetAsync(
            () => user.SeenWithKeywordAsync("INBOX", "$RouterProcessed"), f => f.Count == 2 && f.All(x => x), "both mails flagged in INBOX");
        Assert.Equal(2, await restarted.ItemCountAsync());
        Assert.Equal(0, await user.CountAsync("Processed"));
    }
}
