using Router.Rules.Sla;

namespace Router.Rules.Tests.Sla;

public sealed class SlaMatchTests
{
    private static readonly SlaPolicySet Set = TestSla.Compile(TestSla.Example.Replace(
        "\"policies\": [",
        """
        "policies": [
            { "name": "sms-gold", "when": "channel == 'sms' AND customer.tier == 'gold'", "calendar": "always", "firstResponse": "5m" },
            { "name": "sms", "when": "channel == 'sms'", "calendar": "office", "firstResponse": "30m" },
        """,
        StringComparison.Ordinal));

    [Theory]
    [InlineData("""{ "channel": "sms", "attributes": { "customer": { "tier": "gold" } } }""", "sms-gold")]
    [InlineData("""{ "channel": "sms", "attributes": { "customer": { "tier": "silver" } } }""", "sms")]
    [InlineData("""{ "channel": "email", "attributes": { "customer": { "tier": "platinum" } } }""", "vip")]
    [InlineData("""{ "channel": "email" }""", "default")]
    [InlineData("""{ }""", "default")]
    public void FirstPolicyWhoseConditionHolds_Applies_ElseTheDefault(string facts, string policy) =>
        Assert.Equal(policy, Set.Match(TestSla.Facts(facts)).Name);

    [Fact]
    public void Find_ByName_IncludesTheDefault_AndIsNullForAPolicyAReloadRemoved()
    {
        Assert.Same(Set.Default, Set.Find("default"));
        Assert.Equal("sms", Set.Find("sms")!.Name);
        Assert.Null(Set.Find("gone"));
    }
}
