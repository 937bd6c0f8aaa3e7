using System.Globalization;
using System.Text.RegularExpressions;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace Router.Rules.Expressions;

/// <summary>
/// The token-level grammar. Precedence, loosest first: OR, AND, NOT, then one comparison (or HAS, a constant, or a
/// parenthesised group). NOT takes the whole comparison after it: <c>NOT a == 1</c> is <c>NOT (a == 1)</c>.
/// An instance per regex timeout, because MATCHES builds its regex while parsing.
/// </summary>
internal sealed partial class ExpressionGrammar
{
    private static readonly TokenListParser<ExpressionToken, PathOperand> Path =
        Token.EqualTo(ExpressionToken.Path).Select(t => new PathOperand(t.ToStringValue(), Column(t)));

    private static readonly TokenListParser<ExpressionToken, Literal> Scalar =
        Token.EqualTo(ExpressionToken.String).Select(t => (Literal)new StringLiteral(StringSyntax.Unquote(t.ToStringValue()), Column(t)))
            .Or(Token.EqualTo(ExpressionToken.Number).Select(t => (Literal)new NumberLiteral(ParseNumber(t), Column(t))))
            .Or(Token.EqualTo(ExpressionToken.True).Select(t => (Literal)new BooleanLiteral(true, Column(t))))
            .Or(Token.EqualTo(ExpressionToken.False).Select(t => (Literal)new BooleanLiteral(false, Column(t))));

    private static readonly TokenListParser<ExpressionToken, Literal> List =
        from open in Token.EqualTo(ExpressionToken.LeftBracket)
        from items in Scalar.Named("a string, number or boolean").ManyDelimitedBy(Token.EqualTo(ExpressionToken.Comma))
        from close in Token.EqualTo(ExpressionToken.RightBracket).Named("',' or ']'")
        select (Literal)new ListLiteral([.. items], Column(open));

    private static readonly TokenListParser<ExpressionToken, Operand> Operand =
        Path.Select(p => (Operand)p).Or(Scalar.Select(l => (Operand)l)).Or(List.Select(l => (Operand)l)).Named("a value");

    private static readonly TokenListParser<ExpressionToken, (ComparisonOperator Operator, int Column)> Operator =
        OperatorToken(ExpressionToken.Equal, ComparisonOperator.Equal)
            .Or(OperatorToken(ExpressionToken.NotEqual, ComparisonOperator.NotEqual))
            .Or(OperatorToken(ExpressionToken.Less, ComparisonOperator.Less))
            .Or(OperatorToken(ExpressionToken.LessOrEqual, ComparisonOperator.LessOrEqual))
            .Or(OperatorToken(ExpressionToken.Greater, ComparisonOperator.Greater))
            .Or(OperatorToken(ExpressionToken.GreaterOrEqual, ComparisonOperator.GreaterOrEqual))
            .Or(OperatorToken(ExpressionToken.Contains, ComparisonOperator.Contains));

    private static readonly TokenListParser<ExpressionToken, (ComparisonOperator Operator, int Column)> Membership =
        OperatorToken(ExpressionToken.In, ComparisonOperator.In)
            .Or(from not in Token.EqualTo(ExpressionToken.Not)
                from @in in Token.EqualTo(ExpressionToken.In).Named("IN")
                select (ComparisonOperator.NotIn, Column(not)));

    private readonly TimeSpan regexTimeout;

    public ExpressionGrammar(TimeSpan regexTimeout)
    {
        this.regexTimeout = regexTimeout;
        TokenListParser<ExpressionToken, Regex> regexLiteral = ParseRegex;

        // What may follow an operand; a function of it so the operand is parsed once, without backtracking.
        var tail =
            (from op in Operator
             from right in Operand
             select (Func<Operand, Node>)(left => new ComparisonNode(left, op.Operator, right, op.Column)))
            .Or(from op in Membership
                from right in List.Select(l => (Operand)l).Or(Path.Select(p => (Operand)p)).Named("a list or a path")
                select (Func<Operand, Node>)(left => new ComparisonNode(left, op.Operator, right, op.Column)))
            .Or(from op in Token.EqualTo(ExpressionToken.Matches)
                from pattern in regexLiteral
                select (Func<Operand, Node>)(left => new MatchNode(left, pattern, Column(op))))
            .Named("an operator");
        var optionalTail = tail.OptionalOrDefault();

        // A bare true/false is a condition; any other operand must be compared with something.
        var comparison =
            from left in Operand
            from build in left is BooleanLiteral ? optionalTail : tail
            select build is null ? new ConstantNode(((BooleanLiteral)left).Flag) : build(left);

        var has =
            from keyword in Token.EqualTo(ExpressionToken.Has)
            from path in Path.Named("a path")
            select (Node)new HasNode(path);

        TokenListParser<ExpressionToken, Node>? or = null;
        var parenthesised = Parse.Ref(() => or!).Between(
            Token.EqualTo(ExpressionToken.LeftParen),
            Token.EqualTo(ExpressionToken.RightParen).Named("')'"));

        // NOT is collected iteratively so that a long run of them cannot overflow the parser's stack.
        var unary =
            from nots in Token.EqualTo(ExpressionToken.Not).Many()
            from primary in parenthesised.Or(has).Or(comparison).Named("a condition")
            select Enumerable.Range(0, nots.Length).Aggregate(primary, (node, _) => new NotNode(node));

        var and = Parse.Chain(Token.EqualTo(ExpressionToken.And), unary, (_, l, r) => new AndNode(l, r));
        or = Parse.Chain(Token.EqualTo(ExpressionToken.Or), and, (_, l, r) => new OrNode(l, r));
        Root = or;
    }

    /// <summary>A whole condition; the caller checks that no tokens are left over.</summary>
    public TokenListParser<ExpressionToken, Node> Root { get; }

    private TokenListParserResult<ExpressionToken, Regex> ParseRegex(TokenList<ExpressionToken> input)
    {
        var token = input.ConsumeToken();
        if (!token.HasValue || token.Value.Kind != ExpressionToken.String)
        {
            return TokenListParserResult.Empty<ExpressionToken, Regex>(input, ["a quoted regular expression"]);
        }

        var pattern = StringSyntax.Unquote(token.Value.ToStringValue());
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, regexTimeout);
            return TokenListParserResult.Value(regex, input, token.Remainder);
        }
        catch (RegexParseException e)
        {
            // The enum, not e.Message: the message repeats the pattern, which the supervisor has just read.
            var reason = $"{Words().Replace(e.Error.ToString(), " ").ToLowerInvariant()} at offset {e.Offset}";
            return TokenListParserResult.Empty<ExpressionToken, Regex>(
                input, $"Invalid regular expression '{pattern}' at column {Column(token.Value)}: {reason}");
        }
    }

    private static TokenListParser<ExpressionToken, (ComparisonOperator Operator, int Column)> OperatorToken(ExpressionToken kind, ComparisonOperator op) =>
        Token.EqualTo(kind).Select(t => (op, Column(t)));

    private static decimal ParseNumber(Token<ExpressionToken> token) =>
        decimal.Parse(token.ToStringValue(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static int Column(Token<ExpressionToken> token) => token.Position.Absolute + 1;

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex Words();
}
