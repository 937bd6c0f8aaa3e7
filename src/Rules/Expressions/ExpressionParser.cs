namespace Router.Rules.Expressions;

/// <summary>Text to syntax tree, or to the first error in it.</summary>
internal static class ExpressionParser
{
    /// <summary>Longer text is refused: every evaluation pass recurses once per operator.</summary>
    public const int MaxLength = 4096;

    private static readonly ExpressionGrammar DefaultGrammar = new(ExpressionOptions.Default.RegexTimeout);

    public static ParseResult Parse(string? text, ExpressionOptions options)
    {
        text ??= "";
        if (text.Length > MaxLength)
        {
            return Failure($"Expression is longer than {MaxLength} characters at column {MaxLength + 1}", MaxLength + 1);
        }

        var tokens = new ExpressionTokenizer().TryTokenize(text);
        if (!tokens.HasValue)
        {
            var column = tokens.ErrorPosition.HasValue ? tokens.ErrorPosition.Absolute + 1 : text.Length + 1;
            return Failure(tokens.ErrorMessage ?? $"Unexpected text at column {column}", column);
        }

        var grammar = options == ExpressionOptions.Default ? DefaultGrammar : new ExpressionGrammar(options.RegexTimeout);
        var result = grammar.Root(tokens.Value);
        if (!result.HasValue)
        {
            var error = ParseErrors.Describe(result, tokens.Value, text);
            return new ParseResult(null, [error]);
        }

        if (!result.Remainder.IsAtEnd)
        {
            var error = ParseErrors.LeftOver(result.Remainder.ConsumeToken().Value);
            return new ParseResult(null, [error]);
        }

        return new ParseResult(new Expression(result.Value), []);
    }

    private static ParseResult Failure(string message, int column) => new(null, [new Diagnostic(message, column)]);
}
