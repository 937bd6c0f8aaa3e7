using System.Text.Json;
using Router.Cli;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Cli;

public sealed class RulesExplainAgentsTests
{
    private const string Rules = """
        {
          "queues": [
            { "name": "general", "agents": "true" },
            { "name": "billing", "targets": [
                { "agents": "skills.billing >= 4", "timeoutSeconds": 60 },
                { "agents": "'billing' IN skills" } ] }
          ],
          "rules": [ { "name": "billing", "when": "subject CONTAINS 'invoice'", "queue": "billing" } ],
          "default": { "queue": "general" }
        }
        """;

    [Fact]
    public async Task ExplainWithAgents_ListsWhoEachTargetSelectsNow_FromRedis()
    {
        var dir = Directory.CreateTempSubdirectory("router-explain-").FullName;
        var routing = Path.Combine(dir, "routing.json");
        await File.WriteAllTextAsync(routing, Rules);
        await using var host = await RouterTestHost.StartAsync(routingFile: routing);
        await host.Client.AddAvailableAgentAsync("expert", skills: new() { ["billing"] = 5 });
        await host.Client.PutAgentAsync("junior", skills: new() { ["billing"] = 1 });
        await host.Client.PutAgentAsync("stranger");
        await File.WriteAllTextAsync(Path.Combine(dir, "appsettings.json"), JsonSerializer.Serialize(new
        {
            ConnectionStrings = new { Redis = host.RedisConnectionString },
            Router = new { host.Workspace },
        }));
        var item = Path.Combine(dir, "item.json");
        await File.WriteAllTextAsync(item, """{ "channel": "email", "subject": "invoice 9" }""");
        var output = new StringWriter();

        var exit = await RulesCli.RunAsync(["explain", item, "--agents", "--config-dir", dir], output);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("target 0 selects now: expert (available)", text, StringComparison.Ordinal);
        Assert.Matches("target 1 selects now: (expert \\(available\\), junior \\(offline\\)|junior \\(offline\\), expert \\(available\\))", text);
        Assert.DoesNotContain("stranger", text, StringComparison.Ordinal);
    }
}
