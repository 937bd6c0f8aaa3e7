namespace Router.Channels.Tests;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("ann@example.com", "a***@example.com")]
    [InlineData("  Bob.Smith+tag@mail.example.org ", "B***@mail.example.org")]
    [InlineData("a@b.co", "a***@b.co")]
    public void Email_KeepsFirstLetterAndDomain(string address, string expected) =>
        Assert.Equal(expected, Redaction.Email(address));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("@example.com")]
    public void Email_WithoutALocalPart_IsHiddenWhole(string? address) =>
        Assert.Equal("***", Redaction.Email(address));

    [Theory]
    [InlineData("+14155550100", "+1415***0100")]
    [InlineData("+447700900123", "+4477***0123")]
    [InlineData("0170 1234567", "0170 ***4567")]
    [InlineData("12345", "***45")]
    [InlineData("7", "***")]
    [InlineData(null, "***")]
    public void Phone_KeepsPrefixAndLastFourDigits_OrLessWhenShort(string? number, string expected) =>
        Assert.Equal(expected, Redaction.Phone(number));

    [Fact]
    public void Handle_RedactsItsValue_KeepsItsKind()
    {
        Assert.Equal("email:a***@example.com", Redaction.Handle(ContactHandle.Email("Ann@Example.com")));
        Assert.Equal("phone:+1415***0100", Redaction.Handle(ContactHandle.Phone("+14155550100")));
        Assert.Equal("visitor:***4242", Redaction.Handle(ContactHandle.Visitor("shop", "v-4242")));
    }

    [Fact]
    public void RedactedForms_NoLongerLookLikeAddressesOrNumbers()
    {
        var email = Redaction.Email("ann.smith@example.com");
        var phone = Redaction.Phone("+14155550100");

        Assert.DoesNotMatch(@"[A-Za-z0-9._%+-]+@", email);
        Assert.DoesNotMatch(@"\+[1-9][0-9]{7,14}", phone);
    }
}
