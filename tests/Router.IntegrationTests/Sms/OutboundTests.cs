using System.Text;
using Router.Channels;
using Router.IntegrationTests.Infrastructure;
using static Router.IntegrationTests.Sms.SmsTestHost;
using Reply = Router.IntegrationTests.Sms.FakeTwilio.Reply;

namespace Router.IntegrationTests.Sms;

public sealed class OutboundTests(SmsFixture fixture) : IClassFixture<SmsFixture>
{
    private RouterTestHost Host => fixture.Host;
    private FakeTwilio Twilio => fixture.Twilio;

    [Fact]
    public async Task Reply_PostsTheFormWithBasicAuthAndStatusCallback_AndIsQueued()
    {
        var to = NewNumber();

        var receipt = await Host.SmsChannel().SendAsync(Reply(to, "Your refund is on its way."), default);

        Assert.Equal(OutboundReceipt.Queued, receipt.Status);
        var request = Assert.Single(Twilio.RequestsTo(to));
        Assert.Equal($"/2010-04-01/Accounts/{FakeTwilio.AccountSid}/Messages.json", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeTwilio.AccountSid}:{Channels.Tests.Sms.TwilioVectors.Token}")), request.Authorization);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["To"] = to,
                ["From"] = OurNumber,
                ["Body"] = "Your refund is on its way.",
                ["StatusCallback"] = PublicBaseUrl + "/webhooks/twilio/sms/status",
            },
            request.Form);
        Assert.StartsWith("SM", receipt.ProviderId, StringComparison.Ordinal);
        Assert.Equal("queued", await fixture.StatusOfAsync(receipt.ProviderId!));
    }

    [Fact]
    public async Task Reply_ThroughAMessagingService_SendsItsSidInsteadOfFrom()
    {
        var to = NewNumber();
        var message = Reply(to);
        message.ReplyTo["messagingServiceSid"] = "MG00000000000000000000000000000000";

        await Host.SmsChannel().SendAsync(message, default);

        var form = Assert.Single(Twilio.RequestsTo(to)).Form;
        Assert.Equal("MG00000000000000000000000000000000", form["MessagingServiceSid"]);
        Assert.False(form.ContainsKey("From"));
    }

    [Fact]
    public async Task TooManyRequests_WaitsWhatRetryAfterSays_ThenSends()
    {
        var to = NewNumber();
        Twilio.Script(to, new Reply(429, RetryAfter: "1"));

        var receipt = await Host.SmsChannel().SendAsync(Reply(to), default);

        Assert.Equal(OutboundReceipt.Queued, receipt.Status);
        var requests = Twilio.RequestsTo(to);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task Unavailable_Twice_RetriedThenSent()
    {
        var to = NewNumber();
        Twilio.Script(to, new Reply(503), new Reply(503));

        var receipt = await Host.SmsChannel().SendAsync(Reply(to), default);

        Assert.Equal(OutboundReceipt.Queued, receipt.Status);
        Assert.Equal(3, Twilio.RequestsTo(to).Count);
    }

    [Fact]
    public async Task Unavailable_Always_RefusedAfterEveryRetry()
    {
        var to = NewNumber();
        Twilio.Script(to, Enumerable.Repeat(new Reply(500), 4).ToArray());

        var receipt = await Host.SmsChannel().SendAsync(Reply(to), default);

        Assert.Equal((OutboundReceipt.Refused, "Twilio unavailable (500)"), (receipt.Status, receipt.Reason));
        Assert.Equal(4, Twilio.RequestsTo(to).Count); // the first try and 3 retries
    }

    [Fact]
    public async Task BadRequest_NotRetried_RefusedWithTwiliosError()
    {
        var to = NewNumber();
        Twilio.Script(to, new Reply(400, ErrorCode: 21211));

        var receipt = await Host.SmsChannel().SendAsync(Reply(to), default);

        Assert.Equal(OutboundReceipt.Refused, receipt.Status);
        Assert.Contains("error 21211", receipt.Reason, StringComparison.Ordinal);
        Assert.Single(Twilio.RequestsTo(to));
    }

    [Fact]
    public async Task RetryAfterLongerThanTheCeiling_NotWaitedFor()
    {
        var to = NewNumber();
        Twilio.Script(to, new Reply(429, RetryAfter: "3600"));

        var receipt = await Host.SmsChannel().SendAsync(Reply(to), default);

        Assert.Equal((OutboundReceipt.Refused, "rate-limited by Twilio"), (receipt.Status, receipt.Reason));
        Assert.Single(Twilio.RequestsTo(to));
    }

    [Fact]
    public async Task NoAnswerInTime_OutcomeUnknown_NeverResent()
    {
        var to = NewNumber();
        Twilio.Script(to, new Reply(201, Delay: TimeSpan.FromSeconds(30)));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Host.SmsChannel().SendAsync(Reply(to), default));

        Assert.Contains("not resent", error.Message, StringComparison.Ordinal);
        await Task.Delay(200); // a retry would have come 20-40 ms after the timeout
        Assert.Single(Twilio.RequestsTo(to));
    }
}
