using Router.Channels.Sms;

namespace Router.Channels.Tests.Sms;

public sealed class E164Tests
{
    [Theory]
    [InlineData("+12125550123", "US", "+12125550123")]
    [InlineData("+1 (212) 555-0123", "US", "+12125550123")]
    [InlineData("212-555-0123", "US", "+12125550123")]
    [InlineData(" 2125550123 ", "US", "+12125550123")]
    [InlineData("020 7946 0018", "GB", "+442079460018")]
    [InlineData("07700 900123", "GB", "+447700900123")]
    [InlineData("+44 7700 900123", "US", "+447700900123")]
    [InlineData("0151 12345678", "DE", "+4915112345678")]
    public void Normalize_WritesE164(string raw, string region, string expected) =>
        Assert.Equal(expected, E164.Normalize(raw, region));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a number")]
    [InlineData("12345")] // a short code
    [InlineData("+1 212")]
    [InlineData("whatsapp:+12125550123")]
    public void Normalize_NotAPhoneNumber_Null(string? raw) => Assert.Null(E164.Normalize(raw, "US"));

    [Theory]
    [InlineData("+12125550123", "+12*******23")]
    [InlineData("+4479", "***")]
    [InlineData(null, "***")]
    public void Redact_KeepsOnlyTheEnds(string? number, string expected) => Assert.Equal(expected, E164.Redact(number));
}
