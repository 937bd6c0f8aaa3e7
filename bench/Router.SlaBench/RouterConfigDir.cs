namespace Router.SlaBench;

/// <summary>
/// A temporary config directory for the router under test: <c>appsettings.json</c> and <c>routing.json</c> copied from
/// the repository's config, and the bench's <c>sla.json</c>. Disposing deletes it.
/// </summary>
internal sealed class RouterConfigDir : IDisposable
{
    private RouterConfigDir(string path) => Path = path;

    public string Path { get; }

    public static RouterConfigDir Create(string configDir, string slaFile)
    {
        var dir = Directory.CreateTempSubdirectory("router-sla-bench.").FullName;
        foreach (var name in new[] { "appsettings.json", "routing.json" })
        {
            File.Copy(System.IO.Path.Combine(configDir, name), System.IO.Path.Combine(dir, name));
        }

        File.Copy(slaFile, System.IO.Path.Combine(dir, "sla.json"));
        return new RouterConfigDir(dir);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
