namespace Router.FaultTests;

/// <summary>The fault run's Twilio signer, against Twilio's own documented example: a wrong signer would fail every SMS with 403.</summary>
public sealed class SourceSigningTests
{
    [Fact]
    public void SmsSource_SignsAsTwilioDocuments()
    {
        var form = new Dictionary<string, string>
        {
            ["CallSid"] = "CA1234567890ABCDE",
            ["Caller"] = "+12349013030",
            ["Digits"] = "1234",
            ["From"] = "+12349013030",
            ["To"] = "+18005551212",
        };

        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", SmsSource.Sign("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", form));
    }
}
