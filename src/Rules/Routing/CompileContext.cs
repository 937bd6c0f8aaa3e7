using Router.Rules.Expressions;

namespace Router.Rules.Routing;

/// <summary>Collects errors while a routing file is compiled, and parses its expressions.</summary>
internal sealed class CompileContext(string file, ExpressionOptions options)
{
    public List<RoutingError> Errors { get; } = [];

    public void Error(string location, string field, string message, int column = 0) =>
        Errors.Add(new RoutingError(file, location, field, column, message));

    public void CheckPriority(string location, int? priority)
    {
        if (priority is < 0 or > RoutingCompiler.MaxPriority)
        {
            Error(location, "priority", $"Priority must be 0-{RoutingCompiler.MaxPriority}, not {priority}.");
        }
    }

    /// <summary>Parses and type-checks an expression; null (with errors recorded) when it is broken.</summary>
    public Expression? Parse(string location, string field, string? text, IReadOnlyDictionary<string, ValueKind> knownPaths)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(location, field, "An expression is required.");
            return null;
        }

        var result = Expression.Parse(text, options);
        foreach (var error in result.Errors)
        {
            Error(location, field, error.Message, error.Column);
        }

        if (result.Expression is null)
        {
            return null;
        }

        var diagnostics = result.Expression.Check(knownPaths);
        foreach (var diagnostic in diagnostics)
        {
            Error(location, field, diagnostic.Message, diagnostic.Column);
        }

        return diagnostics.Count == 0 ? result.Expression : null;
    }
}
