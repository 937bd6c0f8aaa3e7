using Router.Routing;

namespace Router.Cli;

/// <summary><c>rules check</c>: compiles each file and prints every error, or a one-line summary when it is fine.</summary>
internal static class RulesCheck
{
    public static int Run(IReadOnlyList<string> files, TextWriter output)
    {
        var failed = false;
        foreach (var file in files)
        {
            var result = RoutingRulesFile.Compile(file);
            if (result.Policy is { } policy)
            {
                output.WriteLine($"ok: {file}: {policy.Rules.Count} rules, {policy.Queues.Count} queues");
                continue;
            }

            failed = true;
            foreach (var error in result.Errors)
            {
                output.WriteLine(error);
            }

            output.WriteLine($"{file}: {result.Errors.Count} error(s)");
        }

        return failed ? 1 : 0;
    }
}
