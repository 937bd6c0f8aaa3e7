namespace Router.Rules.Expressions;

/// <summary>A problem found in an expression's text.</summary>
/// <param name="Message">What is wrong, for a supervisor to read; it names the column too.</param>
/// <param name="Column">The 1-based column in the expression text where the problem starts.</param>
public sealed record Diagnostic(string Message, int Column);
