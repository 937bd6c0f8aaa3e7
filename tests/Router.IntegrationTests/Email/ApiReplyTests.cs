using System.Net;
using System.Net.Http.Json;
using MimeKit;
using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>From a customer's mail in IMAP to the agent's answer in their mailbox, through the reply API.</summary>
public sealed class ApiReplyTests
{
    [Fact]
    public async Task AgentReplyThroughTheApi_ReachesTheCustomer_ThreadedUnderTheirMail()
    {
        var (user, sink) = ((await DovecotServer.GetAsync()).NewUser(), await SmtpSink.GetAsync());
        var mailbox = EmailTestHost.NewMailboxName();
        await using var host = await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, mailbox).WithSmtp(sink));
        var (customer, messageId, earlier) = (TestMail.NewAddress(), TestMail.NewMessageId(), TestMail.NewMessageId());
        await user.AppendAsync(TestMail.Create(from: customer, subject: "Broken kettle", messageId: messageId, headers: $"References: <{earlier}>"));
        var itemId = await host.WaitForItemAsync(messageId);

        var response = await host.Client.PostAsJsonAsync($"/v1/items/{itemId}/replies", new { text = "A new kettle is on its way.", agentId = "ana" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mail = (await Eventually.GetAsync(() => sink.MessagesToAsync(customer), m => m.Count > 0, "the reply", 10_000)).Single();
        Assert.Equal(messageId, mail.InReplyTo);
        Assert.Equal([earlier, messageId], mail.References);
        Assert.Null(mail.Headers[HeaderId.AutoSubmitted]);
        Assert.Equal($"support-{mailbox}@router.test", mail.From.Mailboxes.Single().Address);
        Assert.Contains("A new kettle is on its way.", mail.TextBody, StringComparison.Ordinal);
    }
}
