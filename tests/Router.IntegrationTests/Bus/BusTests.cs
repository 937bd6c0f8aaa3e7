namespace Router.IntegrationTests.Bus;

/// <summary>The bus tests run one after another: one of them stops and starts the shared broker.</summary>
[CollectionDefinition(Name)]
public sealed class BusTests
{
    public const string Name = "bus";
}
