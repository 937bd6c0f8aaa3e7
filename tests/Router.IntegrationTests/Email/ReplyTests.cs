using System.Globalization;
using System.Text.Json.Nodes;
using MimeKit;
using Router.Channels;
using Router.Channels.Email.Smtp;
using Router.IntegrationTests.Email.Servers;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Email;

/// <summary>Agent replies go out over SMTP threaded under the customer's mail; automatic ones say so.</summary>
public sealed class ReplyTests
{
    [Fact]
    public async Task AgentReply_IsThreadedUnderTheCustomersMail_AndNotMarkedAutomatic()
    {
        var (sink, mailbox, customer) = (await SmtpSink.GetAsync(), EmailTestHost.NewMailboxName(), TestMail.NewAddress());
        await using var host = await StartAsync(sink, mailbox);

        var receipt = await Outbound(host, ChannelKind.Email).SendAsync(
            new OutboundMessage("item-1", "reply-1", ReplyTo(mailbox, customer), null, "We have sent a new parcel.", Automatic: false), default);

        var mail = await WaitForMailAsync(sink, customer);
        Assert.Equal(OutboundReceipt.Sent, receipt.Status);
        Assert.Equal(receipt.ProviderId, mail.MessageId);
        Assert.Equal("Re: Parcel missing", mail.Subject);
        Assert.Equal("m2@customer.test", mail.InReplyTo);
        Assert.Equal(["m0@customer.test", "m1@customer.test", "m2@customer.test"], mail.References);
        Assert.Null(mail.Headers[HeaderId.AutoSubmitted]);
        Assert.Equal($"support-{mailbox}@router.test", mail.From.Mailboxes.Single().Address);
        Assert.Equal("Casey", mail.To.Mailboxes.Single().Name);
        Assert.Contains("We have sent a new parcel.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AutomaticMessage_CarriesAutoSubmitted()
    {
        var (sink, mailbox, customer) = (await SmtpSink.GetAsync(), EmailTestHost.NewMailboxName(), TestMail.NewAddress());
        await using var host = await StartAsync(sink, mailbox);

        await Outbound(host, ChannelKind.Email).SendAsync(
            new OutboundMessage("item-2", "notice-2", ReplyTo(mailbox, customer), "Still working on it", "Soon.", Automatic: true), default);

        var mail = await WaitForMailAsync(sink, customer);
        Assert.Equal("auto-generated", mail.Headers[HeaderId.AutoSubmitted]);
        Assert.Equal("Still working on it", mail.Subject);
    }

    [Fact]
    public async Task FaxItemReply_GoesByEmailToTheGatewaySender()
    {
        var (sink, mailbox, gateway) = (await SmtpSink.GetAsync(), EmailTestHost.NewMailboxName(), TestMail.NewAddress());
        await using var host = await StartAsync(sink, mailbox);

        var receipt = await Outbound(host, ChannelKind.Fax).SendAsync(
            new OutboundMessage("item-3", "reply-3", ReplyTo(mailbox, gateway), null, "Received your fax.", Automatic: false), default);

        Assert.Equal(OutboundReceipt.Sent, receipt.Status);
        Assert.Equal("m2@customer.test", (await WaitForMailAsync(sink, gateway)).InReplyTo);
    }

    [Theory]
    [InlineData("no address", false, "no email address")]
    [InlineData("robot", true, "automatic sender")]
    [InlineData("flagged automatic", true, "automatic sender")]
    [InlineData("unknown mailbox", false, "no From address")]
    public async Task ReplyThatMustNotGoOut_IsRefusedWithTheReason(string case_, bool automatic, string reason)
    {
        var (sink, mailbox) = (await SmtpSink.GetAsync(), EmailTestHost.NewMailboxName());
        await using var host = await StartAsync(sink, mailbox);
        var replyTo = case_ switch
        {
            "no address" => ReplyTo(mailbox, null),
            "robot" => ReplyTo(mailbox, "mailer-daemon@shop.test"),
            "flagged automatic" => ReplyTo(mailbox, TestMail.NewAddress(), robot: true),
            _ => ReplyTo("nobody-knows-it", TestMail.NewAddress()),
        };

        var receipt = await Outbound(host, ChannelKind.Email).SendAsync(new OutboundMessage("item-4", "r-4", replyTo, null, "x", automatic), default);

        Assert.Equal(OutboundReceipt.Refused, receipt.Status);
        Assert.Contains(reason, receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_WithoutSmtpConfigured_IsRefused()
    {
        await using var host = await RouterTestHost.StartAsync();
        var receipt = await Outbound(host, ChannelKind.Email).SendAsync(
            new OutboundMessage("item-5", "r-5", ReplyTo("any", TestMail.NewAddress()), null, "x", false), default);

        Assert.Equal(OutboundReceipt.Refused, receipt.Status);
        Assert.Contains("not configured", receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_WhenTheSmtpServerIsDown_IsRefused_SayingNothingWentOut()
    {
        var down = new Dictionary<string, string?>
        {
            ["Router:Email:Smtp:Host"] = "127.0.0.1",
            ["Router:Email:Smtp:Port"] = ScriptedServer.FreePort().ToString(CultureInfo.InvariantCulture),
            ["Router:Email:Smtp:Security"] = "None",
            ["Router:Email:Smtp:Attempts"] = "2",
            ["Router:Email:Smtp:From"] = "support@router.test",
        };
        await using var host = await RouterTestHost.StartAsync(settings: down);

        var receipt = await Outbound(host, ChannelKind.Email).SendAsync(
            new OutboundMessage("item-6", "r-6", ReplyTo("any", TestMail.NewAddress()), null, "x", false), default);

        Assert.Equal(OutboundReceipt.Refused, receipt.Status);
        Assert.Contains("nothing went out", receipt.Reason, StringComparison.Ordinal);
    }

    private static async Task<RouterTestHost> StartAsync(SmtpSink sink, string mailbox)
    {
        var user = (await DovecotServer.GetAsync()).NewUser();
        return await RouterTestHost.StartAsync(settings: EmailTestHost.MailboxSettings(user, mailbox).WithSmtp(sink));
    }

    private static IOutboundChannel Outbound(RouterTestHost host, ChannelKind channel) =>
        host.App.Services.GetRequiredKeyedService<IOutboundChannel>(channel);

    /// <summary>What the mail reader stores with an item (the keys of the contract), here for a reply to the third mail of a thread.</summary>
    private static JsonObject ReplyTo(string mailbox, string? address, bool robot = false)
    {
        var replyTo = new JsonObject
        {
            ["mailbox"] = mailbox,
            ["address"] = address,
            ["name"] = "Casey",
            ["messageId"] = "<m2@customer.test>",
            ["references"] = new JsonArray("<m0@customer.test>", "m1@customer.test"),
            ["subject"] = "Parcel missing",
        };
        if (robot)
        {
            replyTo["automatic"] = true;
        }

        return replyTo;
    }

    private static async Task<MimeMessage> WaitForMailAsync(SmtpSink sink, string address) =>
        (await Eventually.GetAsync(() => sink.MessagesToAsync(address), m => m.Count > 0, $"mail to {address}", 10_000)).Single();
}
