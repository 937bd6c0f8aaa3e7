using System.Text.Json;
using Router.Rules.Routing;

namespace Router.Rules.Tests.Routing;

public sealed class ShippedRoutingTests
{
    [Fact]
    public void ShippedRoutingFile_Compiles_AndNamesItsSchema()
    {
        var file = Path.Combine(ShippedConfig.Directory, "routing.json");

        var result = RoutingCompiler.Compile(File.ReadAllText(file), file);

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal("./schema/routing.schema.json", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("$schema").GetString());
        Assert.True(File.Exists(Path.Combine(ShippedConfig.Directory, "schema", "routing.schema.json")));
    }

    [Fact]
    public void Schema_NamesExactlyTheFieldsTheCompilerAccepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedConfig.Directory, "schema", "routing.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");

        Assert.Equal(ShippedConfig.ModelProperties<RoutingDocument>(), ShippedConfig.SchemaProperties(schema.RootElement));
        Assert.Equal(ShippedConfig.ModelProperties<QueueDocument>(), ShippedConfig.SchemaProperties(defs.GetProperty("queue")));
        Assert.Equal(ShippedConfig.ModelProperties<TargetDocument>(), ShippedConfig.SchemaProperties(defs.GetProperty("target")));
        Assert.Equal(ShippedConfig.ModelProperties<RuleDocument>(), ShippedConfig.SchemaProperties(defs.GetProperty("rule")));
        Assert.Equal(ShippedConfig.ModelProperties<DefaultDocument>(), ShippedConfig.SchemaProperties(schema.RootElement.GetProperty("properties").GetProperty("default")));
    }

}
