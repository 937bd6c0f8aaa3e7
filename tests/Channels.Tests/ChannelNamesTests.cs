namespace Router.Channels.Tests;

public sealed class ChannelNamesTests
{
    [Fact]
    public void EveryChannel_RoundTripsThroughItsWireName()
    {
        foreach (var kind in Enum.GetValues<ChannelKind>())
        {
            Assert.True(ChannelNames.TryParse(kind.Name(), out var parsed));
            Assert.Equal(kind, parsed);
        }
    }

    [Fact]
    public void WireNames_AreTheDocumentedOnes() =>
        Assert.Equal(["email", "sms", "chat", "fax", "api"], ChannelNames.All);

    [Theory]
    [InlineData("EMAIL")]
    [InlineData("pigeon")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElse_DoesNotParse(string? name) => Assert.False(ChannelNames.TryParse(name, out _));
}
