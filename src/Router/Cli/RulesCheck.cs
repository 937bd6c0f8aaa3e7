using System.Text.Json.Nodes;
using Router.Routing;
using Router.Rules.Routing;
using Router.Sla;

namespace Router.Cli;

/// <summary>
/// <c>rules check</c>: compiles each file and prints every error, or a one-line summary when it is fine. SLA files
/// are told apart by their content and checked against the queues of the routing file given or beside them.
/// </summary>
internal static class RulesCheck
{
    public static int Run(IReadOnlyList<string> files, TextWriter output)
    {
        var routingFiles = files.Where(f => !IsSla(f)).ToArray();
        var routing = routingFiles.Length > 0 ? routingFiles[0] : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(files[0]))!, "routing.json");
        var queues = File.Exists(routing) ? RoutingRulesFile.Compile(routing).Policy : null;
        var failed = false;
        foreach (var file in files)
        {
            var (summary, errors) = IsSla(file) ? CheckSla(file, queues) : CheckRouting(file);
            failed |= errors.Count > 0;
            foreach (var error in errors)
            {
                output.WriteLine(error);
            }

            output.WriteLine(errors.Count == 0 ? $"ok: {file}: {summary}" : $"{file}: {errors.Count} error(s)");
        }

        return failed ? 1 : 0;
    }

    private static (string, IReadOnlyList<RoutingError>) CheckRouting(string file)
    {
        var result = RoutingRulesFile.Compile(file);
        return ($"{result.Policy?.Rules.Count} rules, {result.Policy?.Queues.Count} queues", result.Errors);
    }

    private static (string, IReadOnlyList<RoutingError>) CheckSla(string file, RoutingPolicy? queues)
    {
        var (set, errors) = WatchedRulesFile<Router.Rules.Sla.SlaPolicySet>.Compile(file, (text, path) => SlaRulesFile.Compile(text, path, queues));
        return ($"{set?.Policies.Count} policies besides the default, {set?.Calendars.Count} calendars", errors);
    }

    // An SLA file has calendars or policies; a routing file has queues. Unreadable files go the routing way and say why.
    private static bool IsSla(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })
                is JsonObject root && (root.ContainsKey("calendars") || root.ContainsKey("policies"));
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
