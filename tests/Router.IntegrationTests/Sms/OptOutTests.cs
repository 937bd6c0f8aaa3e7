using System.Xml.Linq;
using Router.Channels;
using Router.IntegrationTests.Infrastructure;
using static Router.IntegrationTests.Sms.SmsTestHost;

namespace Router.IntegrationTests.Sms;

public sealed class OptOutTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    private const string Path = "/webhooks/twilio/sms";
    private RouterTestHost Host => fixture.Host;

    [Fact]
    public async Task Stop_AnsweredWithNothing_CreatesNoItem_AndRepliesAreRefusedUnsent()
    {
        var customer = NewNumber();
        var sid = NewSid();

        var twiml = await (await Host.PostSignedAsync(Path, InboundSms(customer, " Stop ", sid))).TwimlAsync();
        var receipt = await Host.SmsChannel().SendAsync(Reply(customer), default);

        Assert.Empty(XDocument.Parse(twiml).Root!.Elements());
        Assert.Null(await Host.ItemOfAsync(sid));
        Assert.Equal((OutboundReceipt.Refused, "opted out"), (receipt.Status, receipt.Reason));
        Assert.Empty(fixture.Twilio.RequestsTo(customer));
    }

    [Fact]
    public async Task Start_AfterStop_RepliesGoOutAgain()
    {
        var customer = NewNumber();
        await (await Host.PostSignedAsync(Path, InboundSms(customer, "UNSUBSCRIBE"))).TwimlAsync();

        await (await Host.PostSignedAsync(Path, InboundSms(customer, "start"))).TwimlAsync();
        var receipt = await Host.SmsChannel().SendAsync(Reply(customer), default);

        Assert.Equal(OutboundReceipt.Queued, receipt.Status);
        Assert.Single(fixture.Twilio.RequestsTo(customer));
    }

    [Fact]
    public async Task StopRedeliveredAfterStart_DoesNotOptOutAgain()
    {
        var customer = NewNumber();
        var stop = InboundSms(customer, "STOP");
        await (await Host.PostSignedAsync(Path, stop)).TwimlAsync();
        await (await Host.PostSignedAsync(Path, InboundSms(customer, "YES"))).TwimlAsync();

        await (await Host.PostSignedAsync(Path + "/fallback", stop)).TwimlAsync(); // Twilio's late second delivery
        var receipt = await Host.SmsChannel().SendAsync(Reply(customer), default);

        Assert.Equal(OutboundReceipt.Queued, receipt.Status);
    }

    [Fact]
    public async Task OptedOutCustomerWrites_ItemCreated_ButNoAutoReply()
    {
        var customer = NewNumber();
        var sid = NewSid();
        await (await Host.PostSignedAsync(Path, InboundSms(customer, "quit"))).TwimlAsync();

        var twiml = await (await Host.PostSignedAsync(Path, InboundSms(customer, "Actually, where is my parcel?", sid))).TwimlAsync();

        Assert.NotNull(await Host.ItemOfAsync(sid));
        Assert.Empty(XDocument.Parse(twiml).Root!.Elements());
    }
}
