using Router.Channels.Email.Imap;
using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>A server without IDLE is polled.</summary>
public sealed class PollingTests
{
    /// <summary>dovecot.conf for a server announcing only these capabilities: no IDLE.</summary>
    internal const string WithoutIdle = "imap_capability = IMAP4rev1 LITERAL+ UIDPLUS MOVE NAMESPACE";

    [Fact]
    public async Task ServerWithoutIdle_IsPolled_AndMailStillArrives()
    {
        await using var server = await DovecotServer.StartPrivateAsync(WithoutIdle);
        var user = server.NewUser();
        var settings = EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName());
        settings["Router:Email:Mailboxes:0:PollSeconds"] = "1";
        await using var host = await RouterTestHost.StartAsync(settings: settings);
        await host.WaitUntilReadingAsync();

        var messageId = TestMail.NewMessageId();
        await user.AppendAsync(TestMail.Create(messageId: messageId));
        await host.WaitForItemAsync(messageId);

        Assert.Equal("polling", host.Service<MailboxStatusBoard>().Snapshot().Values.Single().Detail);
    }
}
