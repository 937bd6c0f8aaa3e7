using System.ComponentModel.DataAnnotations;
using Router.Channels.Sms;

namespace Router.Channels.Tests.Sms;

public sealed class SmsOptionsValidationTests
{
    private const string Sid = "AC00000000000000000000000000000000";

    [Fact]
    public void Twilio_NoAccount_IsValidAndDisabled()
    {
        var options = new TwilioOptions();

        Assert.False(options.Enabled);
        Assert.True(new TwilioOptionsValidator().Validate(null, options).Succeeded);
        Assert.Empty(Annotations(options));
    }

    [Fact]
    public void Twilio_AccountWithTokenAndPublicUrl_IsValid() =>
        Assert.True(new TwilioOptionsValidator().Validate(null, Enabled()).Succeeded);

    [Fact]
    public void Twilio_AccountWithoutTokenOrPublicUrl_NamesBoth()
    {
        var result = new TwilioOptionsValidator().Validate(null, new TwilioOptions { AccountSid = Sid });

        Assert.Contains(result.Failures!, f => f.Contains("AuthToken", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("PublicBaseUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("router.example.com")]
    [InlineData("ftp://router.example.com")]
    [InlineData("https://router.example.com/?x=1")]
    public void Twilio_BadPublicUrl_Refused(string url)
    {
        var options = Enabled();
        options.PublicBaseUrl = url;
        Assert.False(new TwilioOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Twilio_HalfAnApiKeyOrBadApiBase_Refused()
    {
        var options = Enabled();
        options.ApiKeySid = "SK00000000000000000000000000000000";
        options.ApiBaseUrl = "api.twilio.com";

        var failures = new TwilioOptionsValidator().Validate(null, options).Failures!;
        Assert.Equal(2, failures.Count());
    }

    [Theory]
    [InlineData("AC123")]
    [InlineData("SK00000000000000000000000000000000")]
    public void Twilio_MalformedAccountSid_Refused(string sid) =>
        Assert.NotEmpty(Annotations(new TwilioOptions { AccountSid = sid }));

    [Theory]
    [InlineData("US", true)]
    [InlineData("GB", true)]
    [InlineData("XX", false)]
    [InlineData("", false)]
    public void Sms_DefaultRegion_MustBeKnown(string region, bool valid) =>
        Assert.Equal(valid, new SmsOptionsValidator().Validate(null, new SmsOptions { DefaultRegion = region }).Succeeded);

    [Fact]
    public void Sms_AutoReplyLongerThanOneMessageCanBe_Refused() =>
        Assert.NotEmpty(Annotations(new SmsOptions { AutoReply = new string('x', SmsOptions.MaxBodyLength + 1) }));

    private static TwilioOptions Enabled() => new() { AccountSid = Sid, AuthToken = "token", PublicBaseUrl = "https://router.example.com" };

    private static List<ValidationResult> Annotations(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
