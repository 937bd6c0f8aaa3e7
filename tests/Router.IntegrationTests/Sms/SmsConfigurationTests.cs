using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Router.Channels;
using Router.Channels.Tests.Sms;
using Router.IntegrationTests.Infrastructure;
using static Router.IntegrationTests.Sms.SmsTestHost;

namespace Router.IntegrationTests.Sms;

/// <summary>Each test here runs its own router, configured differently from the shared one.</summary>
public sealed class SmsConfigurationTests
{
    private const string Path = "/webhooks/twilio/sms";

    [Fact]
    public async Task NoAccountConfigured_WebhooksAnswer503_AndRepliesAreRefused()
    {
        await using var host = await RouterTestHost.StartAsync(); // the shipped config: Router:Sms:Twilio:AccountSid empty

        var response = await host.PostWebhookAsync(Path, TwilioVectors.SmsParams, TwilioVectors.SmsSignature);
        var receipt = await host.SmsChannel().SendAsync(Reply(NewNumber()), default);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("AccountSid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await host.ItemOfAsync(TwilioVectors.SmsMessageSid));
        Assert.Equal(OutboundReceipt.Refused, receipt.Status);
    }

    [Fact]
    public async Task AccountWithoutTokenOrPublicUrl_RouterRefusesToStart()
    {
        var settings = new Dictionary<string, string?> { ["Router:Sms:Twilio:AccountSid"] = FakeTwilio.AccountSid };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RouterTestHost.StartAsync(settings: settings));

        Assert.Contains(error.Failures, f => f.Contains("AuthToken", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("PublicBaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublicBaseUrlWrittenWith443_AcceptsSignaturesForTheUrlWithoutIt()
    {
        await using var host = await RouterTestHost.StartAsync(settings: Settings(
            NowhereUrl(), ("Router:Sms:Twilio:PublicBaseUrl", "https://router.example.com:443/")));

        var response = await host.PostWebhookAsync(Path, TwilioVectors.SmsParams, TwilioVectors.SmsSignature);

        await response.TwimlAsync();
        Assert.NotNull(await host.ItemOfAsync(TwilioVectors.SmsMessageSid));
    }

    [Fact]
    public async Task AutoReplyEditedWhileRunning_NextNewItemGetsTheNewText()
    {
        await using var host = await RouterTestHost.StartAsync(settings: Settings(NowhereUrl()));

        host.App.Configuration["Router:Sms:AutoReply"] = "We are closed until Monday.";
        ((IConfigurationRoot)host.App.Configuration).Reload();
        var twiml = await (await host.PostSignedAsync(Path, InboundSms(NewNumber(), "hello"))).TwimlAsync();

        Assert.Equal("We are closed until Monday.", XDocument.Parse(twiml).Root!.Element("Message")!.Value);
    }

    [Fact]
    public async Task TwilioUnreachable_RefusedAsNotSent_NothingThrown()
    {
        await using var host = await RouterTestHost.StartAsync(settings: Settings(NowhereUrl()));

        var receipt = await host.SmsChannel().SendAsync(Reply(NewNumber()), default);

        Assert.Equal((OutboundReceipt.Refused, "Twilio could not be reached"), (receipt.Status, receipt.Reason));
    }

    [Fact]
    public async Task ApiKeyConfigured_RestCallsUseTheKeyNotTheAuthToken()
    {
        await using var twilio = await FakeTwilio.StartAsync("SK00000000000000000000000000000001", "key-secret");
        await using var host = await RouterTestHost.StartAsync(settings: Settings(
            twilio.BaseUrl,
            ("Router:Sms:Twilio:ApiKeySid", "SK00000000000000000000000000000001"),
            ("Router:Sms:Twilio:ApiKeySecret", "key-secret")));
        var to = NewNumber();

        var receipt = await host.SmsChannel().SendAsync(Reply(to), default);

        Assert.Equal(OutboundReceipt.Queued, receipt.Status); // the fake answers 401 to any other credentials
        Assert.Single(twilio.RequestsTo(to));
    }

    /// <summary>A loopback URL that nothing listens on (a port just taken and given back), so every connect is refused at once.</summary>
    private static string NowhereUrl()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
