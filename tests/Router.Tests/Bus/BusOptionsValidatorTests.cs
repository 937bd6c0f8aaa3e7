using Router.Bus;

namespace Router.Tests.Bus;

public sealed class BusOptionsValidatorTests
{
    private readonly BusOptionsValidator validator = new();

    [Fact]
    public void Disabled_NeedsNothing() => Assert.True(validator.Validate(null, new BusOptions()).Succeeded);

    [Fact]
    public void Amqp_NeedsAHostAndAnAddress_AndAPasswordWithAUser()
    {
        var result = validator.Validate(null, new BusOptions { Enabled = true, User = "guest" });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Router:Bus:Host", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Router__Bus__Password", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("CommandsAddress nor EventsAddress", StringComparison.Ordinal));
    }

    [Fact]
    public void AzureServiceBus_NeedsNamespaceKeyNameAndKey()
    {
        var result = validator.Validate(null, new BusOptions { Enabled = true, Kind = BusOptions.AzureServiceBusKind, EventsAddress = "events" });

        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void CompleteSettings_Pass()
    {
        Assert.True(validator.Validate(null, new BusOptions { Enabled = true, Host = "mq", User = "u", Password = "p", CommandsAddress = "/amq/queue/c" }).Succeeded);
        Assert.True(validator.Validate(null, new BusOptions
        {
            Enabled = true, Kind = BusOptions.AzureServiceBusKind, Namespace = "contoso", KeyName = "router", Key = "k+/=", EventsAddress = "events",
        }).Succeeded);
    }
}
