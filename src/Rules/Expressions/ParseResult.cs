namespace Router.Rules.Expressions;

/// <summary>The outcome of <see cref="Expression.Parse"/>: an expression, or the errors that prevented one.</summary>
/// <param name="Expression">The parsed expression, or null when the text has errors.</param>
/// <param name="Errors">The errors; empty on success, otherwise the first error found.</param>
public sealed record ParseResult(Expression? Expression, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when the text parsed into an <see cref="Expression"/>.</summary>
    public bool Success => Expression is not null;
}
