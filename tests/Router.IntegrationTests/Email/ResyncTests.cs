using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>UIDVALIDITY changes and server restarts lose nothing and duplicate nothing.</summary>
public sealed class ResyncTests
{
    [Fact]
    public async Task FolderRecreatedWithNewUidValidity_IsReadAgain_WithoutDuplicatesOrMisses()
    {
        var user = (await DovecotServer.GetAsync()).NewUser();
        var oldValidity = await user.CreateFolderAsync("Support");
        var settings = EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName(), "Support");
        settings["Router:Email:Mailboxes:0:IdleRenewSeconds"] = "1";
        await using var host = await RouterTestHost.StartAsync(settings: settings);
        var first = new[] { TestMail.NewMessageId(), TestMail.NewMessageId(), TestMail.NewMessageId() };
        foreach (var id in first)
        {
            await user.AppendAsync(TestMail.Create(messageId: id), "Support");
        }

        await host.WaitForItemCountAsync(3);
        await Eventually.GetAsync(() => user.CountAsync("Support"), n => n == 0, "the first three moved out"); // else the delete takes one with it

        // The new folder numbers its mail from UID 1 again, below the cursor: only the new UIDVALIDITY says so.
        await user.DeleteFolderAsync("Support");
        var newValidity = await user.CreateFolderAsync("Support");
        Assert.NotEqual(oldValidity, newValidity);
        var second = new[] { first[0], TestMail.NewMessageId(), TestMail.NewMessageId() };
        foreach (var id in second)
        {
            await AppendUntilAcceptedAsync(user, TestMail.Create(messageId: id), "Support");
        }

        foreach (var id in second)
        {
            await host.WaitForItemAsync(id, timeoutMs: 20_000); // the watcher first has to notice the folder went away
        }

        await Eventually.GetAsync(() => user.CountAsync("Support"), n => n == 0, "the recreated folder emptied");
        Assert.Equal(5, await host.ItemCountAsync());
        Assert.Equal(6, await user.CountAsync("Processed")); // the re-sent copy was recognised, then moved like the rest
    }

    /// <summary>
    /// dovecot may answer a session whose folder was deleted and recreated under it with an untagged NO ("Internal
    /// error") and go on serving the old folder's empty view, new mail never showing: only selecting the folder again
    /// finds it. Here the watcher idles (or sleeps between polls) the whole time the folder is replaced, so it learns of
    /// the change only from what it asks next. dovecot ends the session instead in some runs (timing decides), so
    /// without the new SELECT this test fails in some runs, not all.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FolderReplacedWhileIdle_IsReadAgain_NotLeftUnread(bool idle)
    {
        await using var server = idle ? await DovecotServer.GetAsync() : await DovecotServer.StartPrivateAsync(PollingTests.WithoutIdle);
        var user = server.NewUser();
        await user.CreateFolderAsync("Support");
        var settings = EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName(), "Support");
        settings["Router:Email:Mailboxes:0:IdleRenewSeconds"] = "2";
        settings["Router:Email:Mailboxes:0:PollSeconds"] = "2";
        await using var host = await RouterTestHost.StartAsync(settings: settings);
        var before = TestMail.NewMessageId();
        await user.AppendAsync(TestMail.Create(messageId: before), "Support");
        await host.WaitForItemAsync(before);
        await Eventually.GetAsync(() => user.CountAsync("Support"), n => n == 0, "the first mail moved out");

        await user.DeleteFolderAsync("Support");
        await user.CreateFolderAsync("Support");
        var after = new[] { TestMail.NewMessageId(), TestMail.NewMessageId() };
        foreach (var id in after)
        {
            await AppendUntilAcceptedAsync(user, TestMail.Create(messageId: id), "Support");
        }

        foreach (var id in after)
        {
            await host.WaitForItemAsync(id, timeoutMs: 15_000);
        }

        Assert.Equal(3, await host.ItemCountAsync());
        await Eventually.GetAsync(() => user.CountAsync("Support"), n => n == 0, "the recreated folder emptied");
    }

    [Fact]
    public async Task ServerRestartMidStream_EveryMessageArrivesExactlyOnce()
    {
        await using var server = await DovecotServer.StartPrivateAsync();
        var user = server.NewUser();
        await using var host = await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName()));
        await host.WaitUntilReadingAsync();

        var ids = Enumerable.Range(0, 12).Select(_ => TestMail.NewMessageId()).ToList();
        var sender = Task.Run(async () =>
        {
            foreach (var id in ids)
            {
                await AppendUntilAcceptedAsync(user, TestMail.Create(messageId: id));
                await Task.Delay(50);
            }
        });

        await host.WaitForItemCountAsync(4);
        await server.StopAsync();
        await Task.Delay(500);
        await server.StartAsync();
        await sender;

        foreach (var id in ids)
        {
            await host.WaitForItemAsync(id, timeoutMs: 20_000);
        }

        Assert.Equal(ids.Count, await host.ItemCountAsync());
        await Eventually.GetAsync(() => user.CountAsync("INBOX"), n => n == 0, "an empty INBOX");
    }

    /// <summary>
    /// A sender retries while the server is down or refuses the APPEND (dovecot: "NO Mailbox was deleted under us" just
    /// after a delete and create), as an MTA would; a retried APPEND may duplicate, intake must not.
    /// </summary>
    private static async Task AppendUntilAcceptedAsync(ImapUser user, byte[] raw, string folder = "INBOX")
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await user.AppendAsync(raw, folder);
                return;
            }
            catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException && attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }
}
