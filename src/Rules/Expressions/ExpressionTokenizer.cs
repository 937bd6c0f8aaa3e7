using Superpower;
using Superpower.Model;

namespace Router.Rules.Expressions;

/// <summary>
/// Splits expression text into tokens. Hand-written rather than built with TokenizerBuilder so that an
/// unterminated string or a lone <c>=</c> gets a message that says what to write instead.
/// </summary>
internal sealed partial class ExpressionTokenizer : Tokenizer<ExpressionToken>
{
    /// <summary>How deep parentheses may nest: the parser recurses per level and must not overflow the stack.</summary>
    public const int MaxParenthesisDepth = 32;

    protected override IEnumerable<Result<ExpressionToken>> Tokenize(TextSpan span)
    {
        var depth = 0;
        var next = SkipWhiteSpace(span);
        while (next.HasValue)
        {
            var token = Read(next.Location, next.Value);
            var kind = token.HasValue ? token.Value : ExpressionToken.None;
            depth = kind == ExpressionToken.RightParen ? Math.Max(0, depth - 1) : depth;
            if (kind == ExpressionToken.LeftParen && ++depth > MaxParenthesisDepth)
            {
                token = Error(next.Location, $"Parentheses nest deeper than {MaxParenthesisDepth} levels at column {Column(next.Location)}");
            }

            yield return token;
            if (!token.HasValue)
            {
                yield break;
            }

            next = SkipWhiteSpace(token.Remainder);
        }
    }

    private static Result<ExpressionToken> Read(TextSpan start, char first) => first switch
    {
        '(' => Take(start, 1, ExpressionToken.LeftParen),
        ')' => Take(start, 1, ExpressionToken.RightParen),
        '[' => Take(start, 1, ExpressionToken.LeftBracket),
        ']' => Take(start, 1, ExpressionToken.RightBracket),
        ',' => Take(start, 1, ExpressionToken.Comma),
        '\'' or '"' => ReadString(start, first),
        '=' or '!' or '<' or '>' or '&' or '|' => ReadOperator(start, first),
        '-' or (>= '0' and <= '9') => ReadNumber(start),
        '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') => ReadWord(start),
        _ => Error(start, $"Unexpected character '{first}' at column {Column(start)}"),
    };

    private static Result<ExpressionToken> ReadString(TextSpan start, char quote)
    {
        var text = start.Source!;
        for (var i = start.Position.Absolute + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return Take(start, i + 1 - start.Position.Absolute, ExpressionToken.String);
            }
        }

        return Error(start, $"Unterminated string starting at column {Column(start)}");
    }

    private static Result<ExpressionToken> ReadOperator(TextSpan start, char first)
    {
        var second = start.Length > 1 ? start.Source![start.Position.Absolute + 1] : '\0';
        return (first, second) switch
        {
            ('=', '=') => Take(start, 2, ExpressionToken.Equal),
            ('!', '=') => Take(start, 2, ExpressionToken.NotEqual),
            ('<', '=') => Take(start, 2, ExpressionToken.LessOrEqual),
            ('>', '=') => Take(start, 2, ExpressionToken.GreaterOrEqual),
            ('<', _) => Take(start, 1, ExpressionToken.Less),
            ('>', _) => Take(start, 1, ExpressionToken.Greater),
            ('=', _) => Error(start, $"Unknown operator '=' at column {Column(start)}; use '=='"),
            ('!', _) => Error(start, $"Unknown operator '!' at column {Column(start)}; use '!=' or NOT"),
            ('&', _) => Error(start, $"Unknown operator '{Repeated(first, second)}' at column {Column(start)}; use AND"),
            _ => Error(start, $"Unknown operator '{Repeated(first, second)}' at column {Column(start)}; use OR"),
        };
    }

    private static string Repeated(char first, char second) => first == second ? $"{first}{second}" : $"{first}";

    private static int Column(TextSpan at) => at.Position.Absolute + 1;

    private static Result<ExpressionToken> Take(TextSpan start, int length, ExpressionToken kind) =>
        Result.Value(kind, start, start.Skip(length));

    private static Result<ExpressionToken> Error(TextSpan at, string message) => Result.Empty<ExpressionToken>(at, message);
}
