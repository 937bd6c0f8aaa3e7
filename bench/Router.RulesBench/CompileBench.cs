using System.Diagnostics;
using System.Text;
using Router.Rules.Routing;

namespace Router.RulesBench;

/// <summary>What a hot reload of the generated file costs in <see cref="RoutingCompiler.Compile"/>: first call and warm.</summary>
internal static class CompileBench
{
    public static RoutingPolicy Run(string json, BenchOptions options, Report report)
    {
        Console.WriteLine();
        Console.WriteLine("== Compile ==");
        var clock = Stopwatch.StartNew();
        var result = RoutingCompiler.Compile(json, "generated-routing.json");
        var cold = clock.Elapsed;
        if (result.Policy is not { } policy)
        {
            throw new InvalidOperationException("The generated file does not compile:\n" + string.Join("\n", result.Errors.Take(20)));
        }

        var steps = policy.Queues.Sum(q => q.Steps.Count);
        Console.WriteLine($"generated routing.json: {Encoding.UTF8.GetByteCount(json):N0} bytes, {policy.Queues.Count} queues ({steps} target steps), {policy.Rules.Count} rules");
        report.Add("compile, first call in the process (JIT included)", $"{cold.TotalMilliseconds:F0} ms");
        var warm = Timing.Measure(options.Reps * 2, () => Sink.Keep(RoutingCompiler.Compile(json, "generated-routing.json").Errors.Count));
        report.Add($"compile {policy.Rules.Count} rules + {policy.Queues.Count} queues, warm (a hot reload)", $"{warm.Median.TotalMilliseconds:F1} ms", $"{warm.AllocatedBytesPerRun / 1024.0 / 1024.0:F1} MB allocated; {warm.Describe()}");
        return policy;
    }
}
