using NodaTime;
using Router.Rules.Sla;

namespace Router.Rules.Tests.Sla;

public sealed class SlaDurationTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("15m", 15 * 60)]
    [InlineData("4h", 4 * 3600)]
    [InlineData("3d", 3 * 86400)]
    [InlineData("1h30m", 5400)]
    [InlineData("1d2h3m4s", 86400 + 7200 + 180 + 4)]
    [InlineData("90m", 5400)]
    [InlineData("0s", 0)]
    [InlineData("PT15M", 15 * 60)]
    [InlineData("P1DT2H", 86400 + 7200)]
    [InlineData("P1W", 7 * 86400)]
    [InlineData("PT1H30M5S", 5405)]
    [InlineData("3650d", 3650 * 86400)]
    public void Parses_ShortAndIsoForms_ADayBeing24Hours(string text, long seconds)
    {
        Assert.Null(SlaDurations.TryParse(text, out var duration));
        Assert.Equal(Duration.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("15 m")]
    [InlineData("15M")]
    [InlineData("m")]
    [InlineData("30m1h")]
    [InlineData("1.5h")]
    [InlineData("-5m")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("pt15m")]
    [InlineData("PT15M ")]
    [InlineData("１h")]
    [InlineData("3651d")]
    [InlineData("9999999h")]
    public void Rejects_AnythingElse_WithAMessageSayingHowToWriteIt(string? text) =>
        Assert.NotNull(SlaDurations.TryParse(text, out _));

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(5400, "1h30m")]
    [InlineData(86400 + 61, "1d1m1s")]
    public void Formats_TheShortForm(long seconds, string text) =>
        Assert.Equal(text, SlaDurations.Format(Duration.FromSeconds(seconds)));
}
