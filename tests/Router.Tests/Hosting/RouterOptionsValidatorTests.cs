using Microsoft.Extensions.Configuration;
using Router.Hosting;

namespace Router.Tests.Hosting;

public sealed class RouterOptionsValidatorTests
{
    private static RouterOptions Valid() => new()
    {
        ApiKeys = ["k"],
        DefaultQueue = "general",
        Queues = [new QueueDefinition { Name = "general" }, new QueueDefinition { Name = "billing", Skills = new() { ["billing"] = 1 } }],
    };

    [Fact]
    public void ValidOptions_Pass() => Assert.True(new RouterOptionsValidator().Validate(null, Valid()).Succeeded);

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var options = Valid();
        options.DefaultQueue = "missing";
        options.Queues.Add(new QueueDefinition { Name = "billing" });
        options.Queues.Add(new QueueDefinition { Name = "Bad Name" });
        options.Queues.Add(new QueueDefinition { Name = "neg", Skills = new() { ["x"] = -1 } });
        options.ApiKeys.Add(" ");

        var result = new RouterOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToArray();
        Assert.Contains(failures, f => f.Contains("'billing' is defined twice", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("'Bad Name'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Router:Queues:4:Skills:x", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DefaultQueue 'missing'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("empty key", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedConfig_IsValid()
    {
        var config = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepoRoot(), "config", "appsettings.json"))
            .Build();
        var options = new RouterOptions();
        Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(config.GetSection(RouterOptions.SectionName), options);

        var result = new RouterOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal("general", options.DefaultQueue);
        Assert.Empty(options.Queues.Single(q => q.Name == "general").Skills);
    }

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
