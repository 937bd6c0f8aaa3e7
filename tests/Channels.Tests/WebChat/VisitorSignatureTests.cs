using Router.Channels.WebChat;

namespace Router.Channels.Tests.WebChat;

public sealed class VisitorSignatureTests
{
    private const string Secret = "acme-site-secret-0123456789abcdefghij";

    // Made independently: printf 'v-123' | openssl dgst -sha256 -hmac "$Secret" -binary | base64 | tr '+/' '-_' | tr -d '='
    // and the README's Node one-liner gives the same.
    private const string OpensslSignature = "7MPSGIq2bsuMBELomMiOx0W2DC9gC6DvaqGsXatzi2Q";

    [Fact]
    public void Compute_MatchesOpenssl() => Assert.Equal(OpensslSignature, VisitorSignature.Compute(Secret, "v-123"));

    [Fact]
    public void IsValid_TheSignature_IsTrue() =>
        Assert.True(VisitorSignature.IsValid(new ChatSiteOptions { Secret = Secret }, "v-123", OpensslSignature));

    [Fact]
    public void IsValid_WithPadding_IsTrue() =>
        Assert.True(VisitorSignature.IsValid(new ChatSiteOptions { Secret = Secret }, "v-123", OpensslSignature + "="));

    [Fact]
    public void IsValid_SignedWithThePreviousSecret_IsTrueOnlyWhileItIsConfigured()
    {
        var rotated = new ChatSiteOptions { Secret = "new-secret-0123456789abcdefghijklmnopq", PreviousSecret = Secret };

        Assert.True(VisitorSignature.IsValid(rotated, "v-123", OpensslSignature));
        Assert.False(VisitorSignature.IsValid(new ChatSiteOptions { Secret = rotated.Secret }, "v-123", OpensslSignature));
    }

    [Theory]
    [InlineData("v-124", OpensslSignature)]
    [InlineData("v-123", "")]
    [InlineData("v-123", null)]
    [InlineData("v-123", "!!!not base64!!!")]
    [InlineData("v-123", "7MPSGIq2bsuMBELomMiOx0W2DC9gC6DvaqGsXatzi2")]
    [InlineData("v-123", "7MPSGIq2bsuMBELomMiOx0W2DC9gC6DvaqGsXatzi2QQQQ")]
    [InlineData("v-123", "8MPSGIq2bsuMBELomMiOx0W2DC9gC6DvaqGsXatzi2Q")]
    [InlineData("v-123", "7MPSGIq2bsuMBELomMiOx0W2DC9gC6DvaqGsXatzi2Q+")]
    public void IsValid_AnythingElse_IsFalse(string visitor, string? signature) =>
        Assert.False(VisitorSignature.IsValid(new ChatSiteOptions { Secret = Secret }, visitor, signature));
}
