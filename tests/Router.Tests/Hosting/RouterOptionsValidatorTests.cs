using Router.Hosting;

namespace Router.Tests.Hosting;

public sealed class RouterOptionsValidatorTests
{
    [Fact]
    public void ValidOptions_Pass() =>
        Assert.True(new RouterOptionsValidator().Validate(null, new RouterOptions { ApiKeys = ["k"] }).Succeeded);

    [Fact]
    public void BlankKey_IsRefused()
    {
        var result = new RouterOptionsValidator().Validate(null, new RouterOptions { ApiKeys = ["k", " "] });

        Assert.True(result.Failed);
        Assert.Contains("empty key", result.FailureMessage, StringComparison.Ordinal);
    }
}
