using Superpower.Model;

namespace Router.Rules.Expressions;

/// <summary>Turns Superpower's failures into messages a supervisor can act on.</summary>
internal static class ParseErrors
{
    public static Diagnostic Describe(TokenListParserResult<ExpressionToken, Node> result, TokenList<ExpressionToken> tokens, string text)
    {
        var found = result.Location.ConsumeToken();
        var column = found.HasValue ? Column(found.Value) : text.Length + 1;
        if (result.ErrorMessage is { } message)
        {
            // Our own messages (a bad regex) already say where the problem is, which may not be the next token.
            var at = result.ErrorPosition.HasValue ? result.ErrorPosition.Absolute + 1 : column;
            return new Diagnostic(message, at);
        }

        var errorAt = found.HasValue ? found.Value.Position.Absolute : text.Length;
        var previous = tokens.LastOrDefault(t => t.Position.Absolute < errorAt);
        var after = previous.HasValue ? $" after {Quote(previous)}" : "";
        var foundText = found.HasValue ? $" but found {Quote(found.Value)}" : "";
        var expected = result.Expectations is { Length: > 0 } expectations ? JoinAlternatives(expectations) : "a condition";
        return new Diagnostic($"Expected {expected}{after}{foundText} at column {column}", column);
    }

    public static Diagnostic LeftOver(Token<ExpressionToken> token)
    {
        var hint = token.Kind == ExpressionToken.RightParen ? "it closes no '('" : "join conditions with AND or OR";
        return new($"Unexpected {Quote(token)} at column {Column(token)}; {hint}", Column(token));
    }

    private static string JoinAlternatives(string[] items) =>
        items.Length == 1 ? items[0] : $"{string.Join(", ", items[..^1])} or {items[^1]}";

    // A string token already carries its quotes.
    private static string Quote(Token<ExpressionToken> token) =>
        token.Kind == ExpressionToken.String ? token.ToStringValue() : $"'{token.ToStringValue()}'";

    private static int Column(Token<ExpressionToken> token) => token.Position.Absolute + 1;
}
