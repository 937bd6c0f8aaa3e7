using System.Text.Json;
using System.Text.RegularExpressions;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Observability;

/// <summary>Secrets come from the environment (or a mode-0600 env file), never from the files in <c>config/</c>.</summary>
public sealed partial class ShippedConfigSecretsTests
{
    [Fact]
    public void ConfigFiles_HoldNoPasswordTokenSecretOrKeyValues()
    {
        var files = Directory.GetFiles(Path.Combine(RouterTestHost.RepoRoot(), "config"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        var found = new List<string>();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            Walk(json.RootElement, Path.GetFileName(file), inSecret: false, found);
        }

        Assert.NotEmpty(files);
        Assert.True(found.Count == 0, "Secrets in config/ (set them as environment variables instead):\n" + string.Join('\n', found));
    }

    [Fact]
    public void ShippedAppSettings_HasNoApiKeys()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RouterTestHost.RepoRoot(), "config", "appsettings.json")));

        Assert.Equal(0, json.RootElement.GetProperty("Router").GetProperty("ApiKeys").GetArrayLength());
    }

    private static void Walk(JsonElement element, string path, bool inSecret, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}:{property.Name}", inSecret || SecretName().IsMatch(property.Name), found);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var value in element.EnumerateArray())
                {
                    Walk(value, $"{path}:{i++}", inSecret, found);
                }

                break;
            case JsonValueKind.String when inSecret && element.GetString() is { Length: > 0 }:
            case JsonValueKind.Number when inSecret:
                found.Add(path);
                break;
        }
    }

    // Names like Password, AuthToken, ClientSecret, ApiKeys, SasKey; not SasKeyName or KeyPrefix-style names that merely start with "key".
    [GeneratedRegex("(password|passwd|token|secret|(^|[a-z])key(s)?$)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
