namespace Router.Cli;

/// <summary>
/// <c>router rules check [files]</c> and <c>router rules explain &lt;item.json&gt;</c>: the supervisors' tools, on the
/// same binary as the service. Exit codes: 0 fine, 1 the rules (or the item) have errors, 2 wrong usage.
/// </summary>
public static class RulesCli
{
    public const string Usage = """
        usage:
          router rules check [files ...]              validate rule files; prints every error (exit 0 ok, 1 errors);
                                                      default: the config's routing.json and sla.json; a file
                                                      with "policies" or "calendars" is read as SLA policies
          router rules explain <item.json> [--agents] how the rules route an item: which rule matched and why the
                                                      ones before it did not, queue, priority, targets; with --agents,
                                                      the agents each target selects now (reads Redis)
        options: --config-dir <dir> (default ./config)
        """;

    /// <summary>Runs a <c>rules</c> command; <paramref name="args"/> are those after <c>rules</c>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var (positional, configDir, withAgents) = Parse(args);
        switch (positional)
        {
            case ["check", .. var files]:
                return RulesCheck.Run(files.Length > 0 ? files : [Path.Combine(configDir, "routing.json"), Path.Combine(configDir, "sla.json")], output);
            case ["explain", var item]:
                return await RulesExplain.RunAsync(item, configDir, withAgents, output);
            default:
                await output.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static (string[] Positional, string ConfigDir, bool WithAgents) Parse(string[] args)
    {
        var positional = new List<string>();
        var configDir = "config";
        var withAgents = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--config-dir" when i + 1 < args.Length:
                    configDir = args[++i];
                    break;
                case "--agents":
                    withAgents = true;
                    break;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        return ([.. positional], configDir, withAgents);
    }
}
