using Microsoft.Extensions.Primitives;
using Router.Channels.Sms;
using static Router.Channels.Tests.Sms.TwilioVectors;

namespace Router.Channels.Tests.Sms;

public sealed class TwilioSignatureTests
{
    private const string SmsUrlWith443 = "https://router.example.com:443/webhooks/twilio/sms";

    [Fact]
    public void Compute_TwiliosPublishedExample_GivesTheDocumentedSignature() =>
        Assert.Equal(Published.Signature, TwilioSignature.Compute(Published.Token, Published.Url, Form(Published.Params)));

    [Theory]
    [InlineData(SmsUrl, SmsSignature)]
    [InlineData(SmsUrlWith443, SmsWith443Signature)]
    [InlineData("http://router.example.com:80/webhooks/twilio/sms", SmsHttpWith80Signature)]
    [InlineData("https://router.example.com/webhooks/twilio/sms?site=eu&x=1", SmsWithQuerySignature)]
    [InlineData("https://router.example.com/webhooks/twilio/sms/fallback", SmsFallbackSignature)]
    public void Compute_InboundSms_MatchesTwiliosOwnLibrary(string url, string expected) =>
        Assert.Equal(expected, TwilioSignature.Compute(Token, url, Form(SmsParams)));

    [Fact]
    public void Compute_MmsAndStatusCallback_MatchTwiliosOwnLibrary()
    {
        Assert.Equal(MmsSignature, TwilioSignature.Compute(Token, SmsUrl, Form(MmsParams)));
        Assert.Equal(StatusSignature, TwilioSignature.Compute(Token, SmsUrl + "/status", Form(StatusParams)));
    }

    [Fact]
    public void IsValid_ParametersInAnyOrder_Accepted()
    {
        Assert.True(TwilioSignature.IsValid(Token, SmsSignature, SmsUrl, Form(SmsParams.Reverse())));
        Assert.True(TwilioSignature.IsValid(Published.Token, Published.Signature, Published.Url, Form(Published.Params.OrderBy(p => p.Value, StringComparer.Ordinal))));
    }

    [Theory]
    [InlineData(SmsUrl, SmsWith443Signature)] // console URL has :443, ours not
    [InlineData(SmsUrlWith443, SmsSignature)] // ours has :443, the console URL not
    [InlineData("http://router.example.com/webhooks/twilio/sms", SmsHttpWith80Signature)]
    public void IsValid_DefaultPortWrittenOnOneSideOnly_Accepted(string ourUrl, string signature) =>
        Assert.True(TwilioSignature.IsValid(Token, signature, ourUrl, Form(SmsParams)));

    [Fact]
    public void IsValid_TamperedBody_Rejected()
    {
        var tampered = SmsParams.Select(p => p.Key == "Body" ? new KeyValuePair<string, string>("Body", "Héllo 👋 <b>refund</b> & more!") : p);
        Assert.False(TwilioSignature.IsValid(Token, SmsSignature, SmsUrl, Form(tampered)));
    }

    [Fact]
    public void IsValid_AddedOrRemovedParameter_Rejected()
    {
        Assert.False(TwilioSignature.IsValid(Token, SmsSignature, SmsUrl, Form(SmsParams.Append(new("Extra", "")))));
        Assert.False(TwilioSignature.IsValid(Token, SmsSignature, SmsUrl, Form(SmsParams.Where(p => p.Key != "ToZip"))));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all")]
    [InlineData("tUACQQ77Pf/B6pyS1pIsgfshQfE")] // the right one, truncated
    public void IsValid_MissingOrMalformedSignature_Rejected(string? signature) =>
        Assert.False(TwilioSignature.IsValid(Token, signature, SmsUrl, Form(SmsParams)));

    [Fact]
    public void IsValid_WrongToken_Rejected() =>
        Assert.False(TwilioSignature.IsValid("0000000000000000000000000000000", SmsSignature, SmsUrl, Form(SmsParams)));

    [Theory]
    [InlineData("https://router.example.com/webhooks/twilio/sms/fallback")] // another path
    [InlineData("https://router.example.com/webhooks/twilio/sms?site=eu")] // another query
    [InlineData("http://router.example.com/webhooks/twilio/sms")] // another scheme
    [InlineData("https://other.example.com/webhooks/twilio/sms")] // another host
    [InlineData("https://router.example.com:8443/webhooks/twilio/sms")] // a port that is not the default
    public void IsValid_SignatureForAnotherUrl_Rejected(string ourUrl) =>
        Assert.False(TwilioSignature.IsValid(Token, SmsSignature, ourUrl, Form(SmsParams)));

    [Theory]
    [InlineData("https://a.example/x?y=1", "https://a.example:443/x?y=1")]
    [InlineData("https://a.example:443/x", "https://a.example/x")]
    [InlineData("http://a.example", "http://a.example:80")]
    [InlineData("http://a.example:80?q", "http://a.example?q")]
    [InlineData("https://[::1]/x", "https://[::1]:443/x")]
    public void UrlVariants_AddOrRemoveTheDefaultPort(string url, string variant) =>
        Assert.Equal([url, variant], TwilioSignature.UrlVariants(url));

    [Theory]
    [InlineData("https://a.example:8443/x")]
    [InlineData("http://a.example:443/x")]
    [InlineData("ftp://a.example/x")]
    public void UrlVariants_OtherPortsAndSchemes_OnlyTheUrlItself(string url) =>
        Assert.Equal([url], TwilioSignature.UrlVariants(url));

    [Fact]
    public void Compute_RepeatedName_ValuesSortedLikeTwiliosLibraries()
    {
        var repeated = new Dictionary<string, StringValues> { ["B"] = new(["2", "1"]), ["A"] = "x" };
        var flat = new Dictionary<string, StringValues> { ["A"] = "x", ["B"] = new(["1", "2"]) };
        Assert.Equal(TwilioSignature.Compute(Token, SmsUrl, flat), TwilioSignature.Compute(Token, SmsUrl, repeated));
    }
}
