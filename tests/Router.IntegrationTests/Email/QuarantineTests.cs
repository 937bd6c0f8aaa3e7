using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>No mail, however broken or hostile, holds up the mailbox: each becomes an item or goes to quarantine.</summary>
public sealed class QuarantineTests
{
    [Fact]
    public async Task EveryCorpusAndBrokenMail_BecomesAnItemOrIsQuarantined_AndLaterMailStillFlows()
    {
        var root = RouterTestHost.RepoRoot();
        var files = new[] { Path.Combine(root, "tests", "Channels.Tests", "Email", "Corpus"), Path.Combine(root, "tests", "Router.IntegrationTests", "Email", "Mail") }
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.eml"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count >= 3, "the broken mail of tests/Router.IntegrationTests/Email/Mail is missing");
        var user = (await DovecotServer.GetAsync()).NewUser();
        await using var host = await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName()));
        foreach (var file in files)
        {
            await user.AppendAsync(await File.ReadAllBytesAsync(file));
        }

        var good = TestMail.NewMessageId();
        await user.AppendAsync(TestMail.Create(messageId: good));
        await host.WaitForItemAsync(good, timeoutMs: 30_000);

        await Eventually.GetAsync(() => user.CountAsync("INBOX"), n => n == 0, "an empty INBOX");
        var processed = await user.CountAsync("Processed");
        var quarantined = await user.CountAsync("Quarantine");
        Assert.Equal(files.Count + 1, processed + quarantined);
        Assert.True(quarantined >= 2, "the headerless garbage and the mail without a sender must be quarantined");
        Assert.Contains("no-from-1@broken.test", await user.MessageIdsAsync("Quarantine"));
    }

    [Fact]
    public async Task MailLargerThanTheLimit_IsQuarantinedUnread_AndTheNextOneIsIngested()
    {
        var user = (await DovecotServer.GetAsync()).NewUser();
        var settings = EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName());
        settings["Router:Email:MaxMessageBytes"] = "4096";
        await using var host = await RouterTestHost.StartAsync(settings: settings);
        var huge = TestMail.NewMessageId();
        await user.AppendAsync(TestMail.Create(messageId: huge, body: new string('x', 10_000)));
        var small = TestMail.NewMessageId();
        await user.AppendAsync(TestMail.Create(messageId: small));

        await host.WaitForItemAsync(small);
        await Eventually.GetAsync(() => user.CountAsync("Quarantine"), n => n == 1, "the large mail in Quarantine");
        Assert.Equal([huge], await user.MessageIdsAsync("Quarantine"));
        Assert.Equal(1, await host.ItemCountAsync());
    }
}
