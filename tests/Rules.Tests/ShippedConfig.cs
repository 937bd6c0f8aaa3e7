using System.Text.Json;
using System.Text.Json.Serialization;

namespace Router.Rules.Tests;

/// <summary>The repo's shipped config files, and the property names a schema and a file model declare.</summary>
internal static class ShippedConfig
{
    /// <summary>The repo's <c>config/</c> folder (found by walking up to the folder holding Router.sln).</summary>
    public static string Directory { get; } = Path.Combine(RepoRoot(), "config");

    /// <summary>The names under a schema object's <c>properties</c>, sorted.</summary>
    public static string[] SchemaProperties(JsonElement element) =>
        element.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The JSON names of a file model's properties, as the compilers read them, sorted.</summary>
    public static string[] ModelProperties<T>() =>
        typeof(T).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(JsonPropertyNameAttribute), false)
                .Cast<JsonPropertyNameAttribute>().FirstOrDefault()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
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
