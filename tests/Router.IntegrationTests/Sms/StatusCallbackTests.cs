using System.Net;
using Router.Channels.Tests.Sms;
using Router.IntegrationTests.Infrastructure;
using static Router.IntegrationTests.Sms.SmsTestHost;

namespace Router.IntegrationTests.Sms;

public sealed class StatusCallbackTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    private const string Path = "/webhooks/twilio/sms/status";
    private RouterTestHost Host => fixture.Host;

    [Fact]
    public async Task Callbacks_MoveForward_AndIgnoreLateOrUnknownOnes()
    {
        var sid = (await Host.SmsChannel().SendAsync(Reply(NewNumber()), default)).ProviderId!;

        foreach (var status in new[] { "sending", "delivered", "sent", "failed", "bogus" })
        {
            var response = await Host.PostSignedAsync(Path, Status(sid, status));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        Assert.Equal("delivered", await fixture.StatusOfAsync(sid));
    }

    [Fact]
    public async Task Failure_IsTerminal()
    {
        var sid = (await Host.SmsChannel().SendAsync(Reply(NewNumber()), default)).ProviderId!;

        await Host.PostSignedAsync(Path, Status(sid, "undelivered"));
        await Host.PostSignedAsync(Path, Status(sid, "delivered"));

        Assert.Equal("undelivered", await fixture.StatusOfAsync(sid));
    }

    [Fact]
    public async Task CallbackSignedByTwiliosOwnLibrary_Recorded()
    {
        var response = await Host.PostWebhookAsync(Path, TwilioVectors.StatusParams, TwilioVectors.StatusSignature);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("delivered", await fixture.StatusOfAsync(TwilioVectors.StatusMessageSid));
    }

    [Fact]
    public async Task ForgedCallback_403_AndChangesNothing()
    {
        var sid = (await Host.SmsChannel().SendAsync(Reply(NewNumber()), default)).ProviderId!;

        var response = await Host.PostSignedAsync(Path, Status(sid, "failed"), token: "not-the-token");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("queued", await fixture.StatusOfAsync(sid));
    }

    [Fact]
    public async Task CallbackWithoutStatus_400()
    {
        var response = await Host.PostSignedAsync(Path, Status(NewSid(), "sent").Where(p => p.Key != "MessageStatus"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static KeyValuePair<string, string>[] Status(string sid, string status) =>
    [
        new("MessageSid", sid), new("MessageStatus", status), new("SmsSid", sid), new("SmsStatus", status),
        new("AccountSid", FakeTwilio.AccountSid), new("From", OurNumber), new("ApiVersion", "2010-04-01"),
    ];
}
