using MimeKit;
using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>New items get one automatic acknowledgement over SMTP; robots, repeats and chatty senders do not.</summary>
public sealed class AcknowledgementTests
{
    [Fact]
    public async Task NewItem_IsAcknowledged_WithItsReference_AsAutomaticMailInTheThread()
    {
        var (user, sink) = ((await DovecotServer.GetAsync()).NewUser(), await SmtpSink.GetAsync());
        var mailbox = EmailTestHost.NewMailboxName();
        await using var host = await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, mailbox).WithSmtp(sink, acknowledge: true));
        var (customer, messageId) = (TestMail.NewAddress(), TestMail.NewMessageId());
        await user.AppendAsync(TestMail.Create(from: customer, subject: "Where is my parcel", messageId: messageId));
        var itemId = await host.WaitForItemAsync(messageId);

        var ack = (await WaitForMailAsync(sink, customer)).Single();
        Assert.Equal($"Re: Where is my parcel [{itemId}]", ack.Subject);
        Assert.Contains(itemId, ack.TextBody, StringComparison.Ordinal);
        Assert.Equal("auto-generated", ack.Headers[HeaderId.AutoSubmitted]);
        Assert.Equal(messageId, ack.InReplyTo);
        Assert.Equal($"support-{mailbox}@router.test", ack.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task AutomaticSenders_AreNeverAcknowledged()
    {
        var (user, sink) = ((await DovecotServer.GetAsync()).NewUser(), await SmtpSink.GetAsync());
        await using var host = await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName()).WithSmtp(sink, acknowledge: true));
        var robots = new[] { TestMail.NewAddress(), TestMail.NewAddress(), $"noreply+{Guid.NewGuid():N}@shop.test" };
        await user.AppendAsync(TestMail.Create(from: robots[0], subject: "Out of office", headers: "Auto-Submitted: auto-replied"));
        await user.AppendAsync(TestMail.Create(from: robots[1], subject: "Newsletter", headers: "Precedence: bulk"));
        await user.AppendAsync(TestMail.Create(from: robots[2], subject: "Your order shipped"));
        var person = TestMail.NewAddress();
        await user.AppendAsync(TestMail.Create(from: person));

        // Acknowledgements go out in intake order, so once the person has theirs, the robots' turns have passed.
        await WaitForMailAsync(sink, person);
        foreach (var robot in robots)
        {
            Assert.Empty(await sink.MessagesToAsync(robot));
        }
    }

    [Fact]
    public async Task ASender_GetsAtMostPerSenderPerDayAcknowledgements()
    {
        var (user, sink) = ((await DovecotServer.GetAsync()).NewUser(), await SmtpSink.GetAsync());
        await using var host = await RouterTestHost.StartAsync(
            settings: EmailTestHost.MailboxSettings(user, EmailTestHost.NewMailboxName()).WithSmtp(sink, acknowledge: true, perSenderPerDay: 2));
        var chatty = TestMail.NewAddress();
        for (var i = 0; i < 4; i++)
        {
            await user.AppendAsync(TestMail.Create(from: chatty, subject: $"Question {i}"));
        }

        var marker = TestMail.NewAddress();
        await user.AppendAsync(TestMail.Create(from: marker));
        await WaitForMailAsync(sink, marker);

        Assert.Equal(2, (await sink.MessagesToAsync(chatty)).Count);
        Assert.Equal(5, await host.ItemCountAsync());
    }

    [Fact]
    public async Task MailWhoseItemExistedAlready_IsNotAcknowledgedAgain()
    {
        var (user, sink) = ((await DovecotServer.GetAsync()).NewUser(), await SmtpSink.GetAsync());
        var (mailbox, workspace, customer) = (EmailTestHost.NewMailboxName(), RouterTestHost.NewWorkspace(), TestMail.NewAddress());
        var raw = TestMail.Create(from: customer);
        await user.AppendAsync(raw);
        await using (var crashed = await RouterTestHost.StartAsync(workspace))
        {
            await IntakeDirectly.AcceptAsync(crashed, raw, mailbox);
        }

        await using var host = await RouterTestHost.StartAsync(workspace, EmailTestHost.MailboxSettings(user, mailbox).WithSmtp(sink, acknowledge: true));
        var marker = TestMail.NewAddress();
        await user.AppendAsync(TestMail.Create(from: marker));
        await WaitForMailAsync(sink, marker);

        Assert.Empty(await sink.MessagesToAsync(customer));
        Assert.Equal(2, await host.ItemCountAsync());
    }

    private static Task<List<MimeMessage>> WaitForMailAsync(SmtpSink sink, string address) =>
        Eventually.GetAsync(() => sink.MessagesToAsync(address), m => m.Count > 0, $"mail to {address}", 10_000);
}
