using Router.Channels;
using Router.IntegrationTests.Infrastructure;
using static Router.IntegrationTests.Sms.SmsTestHost;
using Reply = Router.IntegrationTests.Sms.FakeTwilio.Reply;

namespace Router.IntegrationTests.Sms;

/// <summary>Replies the channel refuses: what it never sends, and what Twilio will not take.</summary>
public sealed class OutboundRefusalTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    private RouterTestHost Host => fixture.Host;
    private FakeTwilio Twilio => fixture.Twilio;

    [Fact]
    public async Task TwilioSaysTheRecipientOptedOut_Refused_AndLaterRepliesAreNotEvenTried()
    {
        var to = NewNumber();
        Twilio.Script(to, new Reply(400, ErrorCode: 21610));

        var first = await Host.SmsChannel().SendAsync(Reply(to), default);
        var second = await Host.SmsChannel().SendAsync(Reply(to), default);

        Assert.Equal((OutboundReceipt.Refused, "opted out"), (first.Status, first.Reason));
        Assert.Equal((OutboundReceipt.Refused, "opted out"), (second.Status, second.Reason));
        Assert.Single(Twilio.RequestsTo(to));
    }

    [Theory]
    [InlineData(null, "no phone number to reply to")]
    [InlineData("", "empty message")]
    [InlineData("long", "longer than 1600 characters")]
    public async Task UnsendableReply_RefusedWithoutCallingTwilio(string? text, string reason)
    {
        var to = NewNumber();
        var message = text switch
        {
            null => Reply("not a number"),
            "long" => Reply(to, new string('x', 1601)),
            _ => Reply(to, text),
        };

        var receipt = await Host.SmsChannel().SendAsync(message, default);

        Assert.Equal((OutboundReceipt.Refused, reason), (receipt.Status, receipt.Reason));
        Assert.Empty(Twilio.RequestsTo(to));
    }
}
