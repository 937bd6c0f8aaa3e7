using Router.Channels.WebChat;

namespace Router.Channels.Tests.WebChat;

public sealed class WebChatOptionsValidatorTests
{
    private const string Secret = "acme-site-secret-0123456789abcdefghij";

    [Fact]
    public void NoSites_IsValid() => Assert.True(new WebChatOptionsValidator().Validate(null, new WebChatOptions()).Succeeded);

    [Fact]
    public void AWellFormedSite_IsValid() =>
        Assert.True(Validate("acme", new ChatSiteOptions { Secret = Secret, AllowedOrigins = ["https://www.acme.example", "http://localhost:8080"] }).Succeeded);

    [Theory]
    [InlineData("Acme", "site name")]
    [InlineData("a:b", "site name")]
    public void BadSiteName_IsNamed(string name, string expected) =>
        Assert.Contains(expected, Validate(name, new ChatSiteOptions { Secret = Secret }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void MissingSecret_SaysWhichEnvironmentVariableToSet()
    {
        var result = Validate("acme", new ChatSiteOptions());

        Assert.Contains("Router__WebChat__Sites__acme__Secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortSecret_IsRefused() =>
        Assert.Contains("Secret", Validate("acme", new ChatSiteOptions { Secret = "short" }).FailureMessage, StringComparison.Ordinal);

    [Theory]
    [InlineData("*")]
    [InlineData("https://www.acme.example/")]
    [InlineData("https://www.acme.example/chat")]
    [InlineData("ftp://www.acme.example")]
    [InlineData("www.acme.example")]
    public void MalformedOrigin_IsNamed(string origin) =>
        Assert.Contains($"'{origin}' is not an origin", Validate("acme", new ChatSiteOptions { Secret = Secret, AllowedOrigins = [origin] }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void LimitOutOfRange_IsNamed() =>
        Assert.Contains("MaxMessageLength", Validate("acme", new ChatSiteOptions { Secret = Secret, MaxMessageLength = 100_000 }).FailureMessage, StringComparison.Ordinal);

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string name, ChatSiteOptions site) =>
        new WebChatOptionsValidator().Validate(null, new WebChatOptions { Sites = new() { [name] = site } });
}
