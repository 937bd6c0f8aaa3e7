using Router.Cli;

namespace Router.Tests.Cli;

public sealed class RulesCliTests
{
    private static readonly string Config = Path.Combine(RepoRoot(), "config");

    [Fact]
    public async Task Check_ShippedRules_Exit0()
    {
        var output = new StringWriter();

        var exit = await RulesCli.RunAsync(["check", "--config-dir", Config], output);

        Assert.True(exit == 0, output.ToString());
        Assert.StartsWith("ok: ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BrokenFile_Exit1_PrintingEveryError()
    {
        var file = WriteTemp("""
            { "queues": [ { "name": "general", "agents": "skills.x >" } ],
              "rules": [ { "name": "r", "when": "text MATCHES '('", "queue": "nope" } ],
              "default": { "queue": "general" } }
            """);
        var output = new StringWriter();

        var exit = await RulesCli.RunAsync(["check", file], output);

        Assert.Equal(1, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("queues[0] 'general' agents (column", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("rules[0] 'r' when (column", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("rules[0] 'r' queue: Unknown queue 'nope'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("3 error(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_SlaFile_IsCheckedAgainstTheRoutingQueues()
    {
        var sla = WriteTemp("""
            { "calendars": { "always": { "timeZone": "Mars/Olympus", "open": "24/7" } },
              "default": { "calendar": "always", "firstResponse": "1h",
                           "escalations": [ { "at": "50%", "of": "firstResponse", "action": "move", "queue": "nowhere" } ] } }
            """);
        var output = new StringWriter();

        var exit = await RulesCli.RunAsync(["check", Path.Combine(Config, "routing.json"), sla], output);

        var text = output.ToString();
        Assert.Equal(1, exit);
        Assert.Contains("Mars/Olympus", text, StringComparison.Ordinal);
        Assert.Contains("nowhere", text, StringComparison.Ordinal);
        Assert.StartsWith("ok: ", text, StringComparison.Ordinal); // the routing file itself is fine
    }

    [Fact]
    public async Task Check_SeveralFiles_FailsIfAnyFails()
    {
        var output = new StringWriter();

        var exit = await RulesCli.RunAsync(["check", Path.Combine(Config, "routing.json"), WriteTemp("{")], output);

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task Explain_SaysWhichRuleMatched_WhyTheOnesBeforeDidNot_AndTheTargets()
    {
        var item = WriteTemp("""{ "channel": "email", "subject": "Refund for invoice 7", "text": "hi", "attributes": { "customer": { "tier": "silver" } } }""");
        var output = new StringWriter();

        var exit = await RulesCli.RunAsync(["explain", item, "--config-dir", Config], output);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("rule 'vip-customers': no, ", text, StringComparison.Ordinal);
        Assert.Contains("rule 'billing': matched", text, StringComparison.Ordinal);
        Assert.Contains("queue: billing  priority: 300", text, StringComparison.Ordinal);
        Assert.Contains("target 0, from 0 s in queue: agents: skills.billing >= 4", text, StringComparison.Ordinal);
        Assert.Contains("overflow to queue general", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_UnreadableItem_Exit1()
    {
        var output = new StringWriter();

        var exit = await RulesCli.RunAsync(["explain", WriteTemp("{ not json"), "--config-dir", Config], output);

        Assert.Equal(1, exit);
        Assert.Contains("cannot read the item", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_Exit2_WithUsage()
    {
        var output = new StringWriter();

        Assert.Equal(2, await RulesCli.RunAsync(["frobnicate"], output));
        Assert.Contains("usage:", output.ToString(), StringComparison.Ordinal);
    }

    private static string WriteTemp(string text)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("router-cli-").FullName, "file.json");
        File.WriteAllText(file, text);
        return file;
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
