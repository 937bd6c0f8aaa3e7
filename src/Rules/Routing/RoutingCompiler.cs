using System.Text.Json;
using System.Text.RegularExpressions;
using Router.Rules.Expressions;

namespace Router.Rules.Routing;

/// <summary>
/// Turns the text of a routing file into a <see cref="RoutingPolicy"/>, or reports every problem in it at once, each
/// naming the file, the rule or queue, the field and (inside expressions) the column.
/// </summary>
public static partial class RoutingCompiler
{
    /// <summary>Highest priority a rule or the default may set.</summary>
    public const int MaxPriority = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Compiles <paramref name="json"/>; <paramref name="file"/> is only used to name it in errors.</summary>
    public static RoutingCompileResult Compile(string json, string file, ExpressionOptions? options = null)
    {
        RoutingDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<RoutingDocument>(json, Json);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}" : "document";
            var column = (int)(ex.BytePositionInLine ?? -1) + 1;
            return new(null, [new RoutingError(file, where, ex.Path ?? "", column, FirstSentence(ex.Message))]);
        }

        if (document is null)
        {
            return new(null, [new RoutingError(file, "document", "", 0, "The file is empty or 'null'; expected an object with queues, rules and default.")]);
        }

        var context = new CompileContext(file, options ?? ExpressionOptions.Default);
        var queues = QueueCompiler.Compile(document.Queues, context);
        var rules = RuleCompiler.Compile(document.Rules, queues, context);
        var (defaultQueue, defaultPriority) = CompileDefault(document.Default, queues, context);
        return context.Errors.Count > 0
            ? new(null, context.Errors)
            : new(new RoutingPolicy(queues, rules, defaultQueue!, defaultPriority), []);
    }

    internal static bool IsValidQueueName(string name) => QueueName().IsMatch(name);

    private static (string? Queue, int Priority) CompileDefault(DefaultDocument? document, IReadOnlyList<RoutingQueue> queues, CompileContext context)
    {
        if (document?.Queue is not { } queue)
        {
            context.Error("default", "queue", "A default queue is required: \"default\": { \"queue\": \"general\" }.");
            return (null, 0);
        }

        if (!queues.Any(q => q.Name == queue))
        {
            context.Error("default", "queue", $"Unknown queue '{queue}'.");
        }

        context.CheckPriority("default", document.Priority);
        return (queue, document.Priority ?? 0);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex("^[a-z0-9_-]{1,64}$")]
    private static partial Regex QueueName();
}
