using Router.Rules.Routing;

namespace Router.Rules.Tests.Routing;

public sealed class RoutingCompilerTests
{
    private const string Valid = """
        {
          "$schema": "./schema/routing.schema.json",
          "queues": [
            { "name": "general", "agents": "true" },
            { "name": "billing", "targets": [
                { "agents": "skills.billing >= 4", "timeoutSeconds": 60 },
                { "agents": "'billing' IN skills", "timeoutSeconds": 30 },
                { "overflow": "general" } ] },
            { "name": "fax", "agents": "capacity.fax >= 1", "ordering": "fifo" }
          ],
          "rules": [
            { "name": "billing", "when": "subject CONTAINS 'invoice'", "queue": "billing", "priority": 300, "skills": { "billing": 2 }, "tags": ["b"] },
            { "name": "faxes", "when": "channel == 'fax'", "queue": "fax" }
          ],
          "default": { "queue": "general", "priority": 1 }
        }
        """;

    [Fact]
    public void ValidFile_Compiles_WithStepsStartingWhenTheOnesBeforeTimeOut()
    {
        var result = RoutingCompiler.Compile(Valid, "routing.json");

        Assert.True(result.Success, string.Join("\n", result.Errors));
        var billing = result.Policy!.FindQueue("billing")!;
        Assert.Equal([0, 60, 90], billing.Steps.Select(s => s.StartsAfter.TotalSeconds));
        Assert.Equal("general", billing.Steps[2].OverflowTo);
        Assert.Null(billing.Steps[2].Agents);
        Assert.True(result.Policy.FindQueue("fax")!.Fifo);
        Assert.Equal("billing.1", billing.Steps[1].Pool);
    }

    [Fact]
    public void EveryError_IsReportedAtOnce_NamingFileRuleFieldAndColumn()
    {
        var broken = """
            {
              "queues": [
                { "name": "general", "agents": "true" },
                { "name": "general", "agents": "true" },
                { "name": "billing", "agents": "skills.billing >= 'high'" }
              ],
              "rules": [
                { "name": "a", "when": "subject CONTAINS 'x'", "queue": "nowhere" },
                { "name": "a", "when": "text MATCHES '(unclosed'", "queue": "general" },
                { "name": "c", "when": "channel == ", "queue": "general", "priority": 2000 }
              ],
              "default": { "queue": "missing" }
            }
            """;

        var result = RoutingCompiler.Compile(broken, "config/routing.json");

        Assert.False(result.Success);
        var text = result.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(text, e => e.StartsWith("config/routing.json: queues[1] 'general' name: ", StringComparison.Ordinal) && e.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Location == "queues[2] 'billing'" && e.Field == "agents" && e.Column > 0);
        Assert.Contains(result.Errors, e => e.Location == "rules[0] 'a'" && e.Field == "queue" && e.Message.Contains("nowhere", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Location == "rules[1] 'a'" && e.Field == "name");
        Assert.Contains(result.Errors, e => e.Location == "rules[1] 'a'" && e.Field == "when" && e.Column > 0);
        Assert.Contains(result.Errors, e => e.Location == "rules[2] 'c'" && e.Field == "when" && e.Column > 0);
        Assert.Contains(result.Errors, e => e.Location == "rules[2] 'c'" && e.Field == "priority");
        Assert.Contains(result.Errors, e => e.Location == "default" && e.Message.Contains("missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "name": "a", "when": "true", "queue": "general" }, { "name": "b", "when": "channel == 'sms'", "queue": "general" }""", "rule 'a' before it always matches")]
    [InlineData("""{ "name": "a", "when": "channel == 'sms'", "queue": "general" }, { "name": "b", "when": "channel  ==  'sms'", "queue": "general" }""", "same condition")]
    public void UnreachableRules_AreErrors(string rules, string message)
    {
        var json = $$"""{ "queues": [ { "name": "general", "agents": "true" } ], "rules": [ {{rules}} ], "default": { "queue": "general" } }""";

        var error = Assert.Single(RoutingCompiler.Compile(json, "r.json").Errors);

        Assert.Equal("rules[1] 'b'", error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "q", "targets": [ { "overflow": "general" } ] }""", "first target cannot overflow")]
    [InlineData("""{ "name": "q", "targets": [ { "agents": "true", "timeoutSeconds": 5 }, { "overflow": "q" } ] }""", "into itself")]
    [InlineData("""{ "name": "q", "targets": [ { "agents": "true", "timeoutSeconds": 5 }, { "overflow": "none" } ] }""", "Unknown queue 'none'")]
    [InlineData("""{ "name": "q", "targets": [ { "agents": "true" }, { "agents": "true" } ] }""", "needs timeoutSeconds")]
    [InlineData("""{ "name": "q", "targets": [ { "agents": "true", "timeoutSeconds": 5 }, { "overflow": "general" }, { "agents": "true" } ] }""", "Only the last target")]
    [InlineData("""{ "name": "q", "agents": "true", "ordering": "random" }""", "Unknown ordering")]
    [InlineData("""{ "name": "Q Q", "agents": "true" }""", "lower-case")]
    public void BrokenQueues_AreErrors(string queue, string message)
    {
        var json = $$"""{ "queues": [ { "name": "general", "agents": "true" }, {{queue}} ], "default": { "queue": "general" } }""";

        var errors = RoutingCompiler.Compile(json, "r.json").Errors;

        Assert.Contains(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void JsonSyntaxError_NamesTheLine()
    {
        var error = Assert.Single(RoutingCompiler.Compile("{\n  \"queues\": [\n    { \"name\": \"general\" \"agents\": \"true\" }\n]}", "r.json").Errors);

        Assert.Equal("line 3", error.Location);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void UnknownField_IsAnError_SoTyposDoNotPassSilently()
    {
        var json = """{ "queues": [ { "name": "general", "agent": "true" } ], "default": { "queue": "general" } }""";

        var error = Assert.Single(RoutingCompiler.Compile(json, "r.json").Errors);

        Assert.Contains("agent", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDefault_AndNoQueues_AreErrors()
    {
        var errors = RoutingCompiler.Compile("{}", "r.json").Errors;

        Assert.Contains(errors, e => e.Location == "queues");
        Assert.Contains(errors, e => e.Location == "default");
    }
}
