using Router.Channels;
using Router.Items;
using Router.Rules.Routing;

namespace Router.Tests.Items;

public sealed class CreateItemRequestTests
{
    private static readonly RoutingPolicy Options = RoutingCompiler.Compile(
        """{ "queues": [ { "name": "general", "agents": "true" } ], "default": { "queue": "general" } }""", "r.json").Policy!;

    [Fact]
    public void NoChannel_MeansApi()
    {
        Assert.Empty(new CreateItemRequest().Validate(Options, out var channel));
        Assert.Equal(ChannelKind.Api, channel);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public void PriorityBounds_AreAccepted(int priority) =>
        Assert.Empty(new CreateItemRequest { Priority = priority }.Validate(Options, out _));

    [Fact]
    public void ExternalIdOverTheLimit_IsRefused() =>
        Assert.True(new CreateItemRequest { ExternalId = new string('x', 129) }.Validate(Options, out _).ContainsKey("externalId"));

    [Fact]
    public void SeveralProblems_AreReportedTogether()
    {
        var errors = new CreateItemRequest { Channel = "fax2", Queue = "nope", Priority = 1001 }.Validate(Options, out _);

        Assert.Equal(["channel", "priority", "queue"], errors.Keys.Order());
    }
}
