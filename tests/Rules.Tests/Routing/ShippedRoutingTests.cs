using System.Text.Json;
using Router.Rules.Routing;

namespace Router.Rules.Tests.Routing;

public sealed class ShippedRoutingTests
{
    [Fact]
    public void ShippedRoutingFile_Compiles_AndNamesItsSchema()
    {
        var file = Path.Combine(RepoRoot(), "config", "routing.json");

        var result = RoutingCompiler.Compile(File.ReadAllText(file), file);

        Assert.True(result.Success, string.Join("\n", result.Errors));
        Assert.Equal("./schema/routing.schema.json", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("$schema").GetString());
        Assert.True(File.Exists(Path.Combine(RepoRoot(), "config", "schema", "routing.schema.json")));
    }

    [Fact]
    public void Schema_NamesExactlyTheFieldsTheCompilerAccepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "config", "schema", "routing.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");

        Assert.Equal(Names<RoutingDocument>(), Properties(schema.RootElement));
        Assert.Equal(Names<QueueDocument>(), Properties(defs.GetProperty("queue")));
        Assert.Equal(Names<TargetDocument>(), Properties(defs.GetProperty("target")));
        Assert.Equal(Names<RuleDocument>(), Properties(defs.GetProperty("rule")));
        Assert.Equal(Names<DefaultDocument>(), Properties(schema.RootElement.GetProperty("properties").GetProperty("default")));
    }

    private static string[] Properties(JsonElement element) =>
        element.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    private static string[] Names<T>() =>
        typeof(T).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().FirstOrDefault()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal).ToArray();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Router.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
