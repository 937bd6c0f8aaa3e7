using System.Text.Json;
using System.Text.Json.Serialization;
using Router.Rules.Calendars;
using Router.Rules.Expressions;
using Router.Rules.Routing;

namespace Router.Rules.Sla;

/// <summary>
/// Turns the text of an SLA file into an <see cref="SlaPolicySet"/>, or reports every problem in it at once, each
/// naming the file, the calendar, policy or step, the field and (inside <c>when</c>) the column.
/// </summary>
public static class SlaCompiler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Compiles <paramref name="json"/>; <paramref name="file"/> is only used to name it in errors.</summary>
    /// <param name="json">The text of the SLA file.</param>
    /// <param name="file">How errors name the file.</param>
    /// <param name="knownQueues">The routing queues; when given, a <c>move</c> to any other queue is an error.</param>
    /// <param name="options">Expression options for <c>when</c>.</param>
    public static SlaCompileResult Compile(string json, string file, IReadOnlySet<string>? knownQueues = null, ExpressionOptions? options = null)
    {
        SlaDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SlaDocument>(json, Json);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}" : "document";
            var column = (int)(ex.BytePositionInLine ?? -1) + 1;
            var end = ex.Message.IndexOf(". ", StringComparison.Ordinal);
            return new(null, [new RoutingError(file, where, ex.Path ?? "", column, end < 0 ? ex.Message : ex.Message[..(end + 1)])]);
        }

        if (document is null)
        {
            return new(null, [new RoutingError(file, "document", "", 0, "The file is empty or 'null'; expected an object with calendars, policies and default.")]);
        }

        var context = new CompileContext(file, options ?? ExpressionOptions.Default);
        var calendars = CalendarCompiler.Compile(document.Calendars, context);
        var names = (document.Calendars?.Keys ?? Enumerable.Empty<string>()).ToHashSet(StringComparer.Ordinal);
        var scope = new SlaCompileContext(context, calendars, names, knownQueues);
        var policies = PolicyCompiler.Compile(document.Policies, scope);
        var fallback = PolicyCompiler.CompileDefault(document.Default, scope);
        return context.Errors.Count > 0
            ? new(null, context.Errors)
            : new(new SlaPolicySet(policies, fallback!, calendars), []);
    }
}
