using System.Reflection;

namespace Router.FaultTests.Infrastructure;

/// <summary>Where the router under test is: Router.dll built in the same configuration as these tests.</summary>
internal static class RouterBinary
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Router.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Router.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Dll()
    {
        var configuration = typeof(RouterBinary).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(RepoRoot(), "src", "Router", "bin", configuration, "net10.0", "Router.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is missing: build the solution first (dotnet test builds it).", dll);
    }

    public static string ConfigDir() => Path.Combine(RepoRoot(), "config");
}
