using Router.Channels.Sms;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Sms;

/// <summary>One fake Twilio and one router with the SMS channel pointed at it, shared by a test class.</summary>
public sealed class SmsFixture : IAsyncLifetime
{
    public FakeTwilio Twilio { get; private set; } = null!;

    public RouterTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Twilio = await FakeTwilio.StartAsync(FakeTwilio.AccountSid, Channels.Tests.Sms.TwilioVectors.Token);
        Host = await RouterTestHost.StartAsync(settings: SmsTestHost.Settings(Twilio.BaseUrl));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Twilio.DisposeAsync();
    }

    /// <summary>The recorded delivery status of a message we sent.</summary>
    internal Task<string?> StatusOfAsync(string messageSid) => Host.Service<DeliveryStatuses>().GetAsync(messageSid, CancellationToken.None);
}
