using Router.Agents;

namespace Router.Tests.Agents;

public sealed class UpsertAgentRequestTests
{
    [Fact]
    public void MaxItems_DefaultsToTheSumOfCapacities()
    {
        var request = new UpsertAgentRequest { Capacity = new() { ["email"] = 5, ["chat"] = 3 } };

        Assert.Empty(request.Validate("a1", out var profile));
        Assert.Equal(8, profile.MaxItems);
    }

    [Theory]
    [InlineData("a:1")]
    [InlineData("a{1}")]
    [InlineData("")]
    [InlineData("a b")]
    public void IdsThatCouldBreakRedisKeys_AreRefused(string id) =>
        Assert.True(new UpsertAgentRequest().Validate(id, out _).ContainsKey("id"));

    [Fact]
    public void CapacityOverTheLimit_IsRefused() =>
        Assert.True(new UpsertAgentRequest { Capacity = new() { ["sms"] = 1001 } }.Validate("a1", out _).ContainsKey("capacity.sms"));
}
