using System.Text.Json;
using System.Text.Json.Nodes;
using Router.Agents;
using Router.Channels;
using Router.Items;
using Router.Routing;
using Router.Rules.Routing;
using StackExchange.Redis;

namespace Router.Cli;

/// <summary><c>rules explain</c>: shows how the rules in force would route an item, step by step.</summary>
internal static class RulesExplain
{
    public static async Task<int> RunAsync(string itemFile, string configDir, bool withAgents, TextWriter output)
    {
        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.GetFullPath(Path.Combine(configDir, "appsettings.json")), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var rulesFile = Path.GetFullPath(config["Router:Routing:File"] ?? RoutingOptions.DefaultFile, Path.GetFullPath(configDir));
        var compiled = RoutingRulesFile.Compile(rulesFile);
        if (compiled.Policy is not { } policy)
        {
            return RulesCheck.Run([rulesFile], output);
        }

        if (!TryReadItem(itemFile, output, out var message))
        {
            return 1;
        }

        var facts = ItemFacts.From(message);
        output.WriteLine($"rules: {rulesFile}");
        output.WriteLine($"item: channel={message.Channel.Name()} subject={JsonSerializer.Serialize(message.Subject)}");
        foreach (var rule in policy.Rules)
        {
            if (rule.When.Evaluate(facts))
            {
                output.WriteLine($"rule '{rule.Name}': matched  ({rule.When})");
                break;
            }

            output.WriteLine($"rule '{rule.Name}': no, {rule.When.Explain(facts)}");
        }

        var routed = policy.Classify(facts);
        output.WriteLine(routed.Rule is null ? $"no rule matched: default queue" : $"decided by rule '{routed.Rule}'");
        output.WriteLine($"queue: {routed.Queue}  priority: {routed.Priority}  required skills: {Describe(routed.Skills)}  tags: [{string.Join(", ", routed.Tags)}]");
        var queue = policy.FindQueue(routed.Queue)!;
        output.WriteLine($"ordering: {(queue.Fifo ? "fifo (oldest first)" : "highest priority, then oldest")}");
        foreach (var step in queue.Steps)
        {
            var what = step.Agents is null ? $"overflow to queue {step.OverflowTo}" : $"agents: {step.Agents}";
            output.WriteLine($"  target {step.Index}, from {step.StartsAfter.TotalSeconds:0} s in queue: {what}");
        }

        if (withAgents)
        {
            await PrintAgentsAsync(config, queue, routed, output);
        }

        return 0;
    }

    private static bool TryReadItem(string file, TextWriter output, out InboundMessage message)
    {
        message = null!;
        try
        {
            var item = JsonNode.Parse(File.ReadAllText(file))?.AsObject() ?? throw new JsonException("The item is null.");
            var channelName = (string?)item["channel"] ?? "api";
            if (!ChannelNames.TryParse(channelName, out var channel))
            {
                output.WriteLine($"{file}: channel '{channelName}' is not one of {string.Join(", ", ChannelNames.All)}");
                return false;
            }

            message = new InboundMessage(channel.Value, (string?)item["externalId"] ?? "", item["contact"]?.AsObject(),
                (string?)item["subject"], (string?)item["text"], item["attributes"]?.AsObject());
            return true;
        }
        catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException)
        {
            output.WriteLine($"{file}: cannot read the item: {ex.Message}");
            return false;
        }
    }

    private static async Task PrintAgentsAsync(IConfiguration config, RoutingQueue queue, Classification routed, TextWriter output)
    {
        var workspace = config["Router:Workspace"] ?? Hosting.RouterOptions.DefaultWorkspace;
        try
        {
            using var redis = await ConnectionMultiplexer.ConnectAsync(config.GetConnectionString("Redis") ?? "127.0.0.1:6379");
            var db = redis.GetDatabase();
            var prefix = $"router:{{{workspace}}}:";
            var agents = new List<(string Id, JsonObject Facts, string Status)>();
            foreach (var id in await db.SetMembersAsync(prefix + "agents"))
            {
                var fields = await db.HashGetAsync($"{prefix}agent:{id}", ["profile", "status"]);
                if (fields[0].HasValue)
                {
                    var profile = JsonSerializer.Deserialize<AgentProfile>(fields[0].ToString(), JsonSerializerOptions.Web)!;
                    agents.Add((id.ToString(), AgentFacts.From(id.ToString(), profile), fields[1].ToString()));
                }
            }

            foreach (var step in queue.Steps.Where(s => s.Agents is not null))
            {
                var selected = agents
                    .Where(a => step.Agents!.Evaluate(a.Facts) && routed.Skills.All(s => (int?)a.Facts["skills"]?[s.Key] >= s.Value))
                    .Select(a => $"{a.Id} ({a.Status})");
                var list = string.Join(", ", selected);
                output.WriteLine($"  target {step.Index} selects now: {(list.Length > 0 ? list : "nobody")}");
            }
        }
        catch (RedisConnectionException ex)
        {
            output.WriteLine($"agents: Redis not reachable ({ex.Message})");
        }
    }

    private static string Describe(IReadOnlyDictionary<string, int> skills) =>
        skills.Count == 0 ? "none" : string.Join(", ", skills.Select(s => $"{s.Key} >= {s.Value}"));
}
