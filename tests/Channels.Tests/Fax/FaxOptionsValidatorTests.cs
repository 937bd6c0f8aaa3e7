using Router.Channels.Fax;

namespace Router.Channels.Tests.Fax;

public sealed class FaxOptionsValidatorTests
{
    [Fact]
    public void ShippedStyleGateway_IsValid() =>
        Assert.True(new FaxOptionsValidator().Validate(null, FaxMails.Options()).Succeeded);

    [Fact]
    public void NoGateways_IsValid() => Assert.True(new FaxOptionsValidator().Validate(null, new FaxOptions()).Succeeded);

    [Theory]
    [InlineData("broken subject pattern", "Router:Fax:Gateways:0:SubjectPattern is not a valid regular expression")]
    [InlineData("number pattern without its group", "Router:Fax:Gateways:0:NumberPattern needs a group named 'number'")]
    [InlineData("broken number pattern", "Router:Fax:Gateways:0:NumberPattern is not a valid regular expression")]
    [InlineData("no sender and no subject", "Router:Fax:Gateways:0 needs Senders or a SubjectPattern")]
    [InlineData("no name", "Router:Fax:Gateways:0:Name must be set and unique")]
    [InlineData("unknown region", "Router:Fax:Gateways:0:Region 'XX' is not a region")]
    public void BadGateway_IsRefusedWithItsPathAndWhatIsWrong(string problem, string message)
    {
        var options = FaxMails.Options(gateway =>
        {
            switch (problem)
            {
                case "broken subject pattern": gateway.SubjectPattern = "(unclosed"; break;
                case "number pattern without its group": gateway.NumberPattern = @"\d+"; break;
                case "broken number pattern": gateway.NumberPattern = "[0-9"; break;
                case "no sender and no subject": gateway.Senders.Clear(); gateway.SubjectPattern = " "; break;
                case "no name": gateway.Name = ""; break;
                case "unknown region": gateway.Region = "XX"; break;
                default: throw new ArgumentOutOfRangeException(nameof(problem));
            }
        });

        var result = new FaxOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoGatewaysWithOneName_AreRefused()
    {
        var options = FaxMails.Options();
        options.Gateways.Add(FaxMails.Options().Gateways[0]);

        var result = new FaxOptionsValidator().Validate(null, options);

        Assert.Contains("Router:Fax:Gateways:1:Name must be set and unique", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDefaultRegion_IsRefused()
    {
        var result = new FaxOptionsValidator().Validate(null, new FaxOptions { DefaultRegion = "ZZ" });

        Assert.Contains("Router:Fax:DefaultRegion 'ZZ'", result.FailureMessage, StringComparison.Ordinal);
    }
}
