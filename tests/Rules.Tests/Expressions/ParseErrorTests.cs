using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

public sealed class ParseErrorTests
{
    [Theory]
    [InlineData("channel == ", "Expected a value after '==' at column 12", 12)]
    [InlineData("channel == )", "Expected a value after '==' but found ')' at column 12", 12)]
    [InlineData("subject == 'abc", "Unterminated string starting at column 12", 12)]
    [InlineData("subject == 'abc\\'", "Unterminated string starting at column 12", 12)]
    [InlineData("channel = 'sms'", "Unknown operator '=' at column 9; use '=='", 9)]
    [InlineData("a && b", "Unknown operator '&&' at column 3; use AND", 3)]
    [InlineData("a ! b", "Unknown operator '!' at column 3; use '!=' or NOT", 3)]
    [InlineData("text MATCHES '(?<'", "Invalid regular expression '(?<' at column 14: invalid grouping construct at offset 3", 14)]
    [InlineData("a MATCHES 5", "Expected a quoted regular expression after 'MATCHES' but found '5' at column 11", 11)]
    [InlineData("(a == 1", "Expected ')' after '1' at column 8", 8)]
    [InlineData("a == 1 b == 2", "Unexpected 'b' at column 8; join conditions with AND or OR", 8)]
    [InlineData("(a == 1))", "Unexpected ')' at column 9; it closes no '('", 9)]
    [InlineData("a IN 'x'", "Expected a list or a path after 'IN' but found 'x' at column 6", 6)]
    [InlineData("a IN [1, ]", "Expected a string, number or boolean after ',' but found ']' at column 10", 10)]
    [InlineData("a IN [1 2]", "Expected ',' or ']' after '1' but found '2' at column 9", 9)]
    [InlineData("HAS 5", "Expected a path after 'HAS' but found '5' at column 5", 5)]
    [InlineData("channel", "Expected an operator after 'channel' at column 8", 8)]
    [InlineData("a == 1 AND", "Expected a condition after 'AND' at column 11", 11)]
    [InlineData("a == 1 AND OR b == 2", "Expected a condition after 'AND' but found 'OR' at column 12", 12)]
    [InlineData("NOT", "Expected a condition after 'NOT' at column 4", 4)]
    [InlineData("a NOT b", "Expected IN after 'NOT' but found 'b' at column 7", 7)]
    [InlineData("a.b. == 1", "Expected a name after '.' at column 4", 4)]
    [InlineData("-x == 1", "Expected digits after '-' at column 1", 1)]
    [InlineData("a == 1 # b", "Unexpected character '#' at column 8", 8)]
    [InlineData("x == 99999999999999999999999999999999", "Number '99999999999999999999999999999999' at column 6 is too large", 6)]
    [InlineData("", "Expected a condition at column 1", 1)]
    [InlineData("   ", "Expected a condition at column 4", 4)]
    public void BrokenInput_ReportsTheFirstErrorWithItsColumn(string text, string message, int column)
    {
        var result = Expression.Parse(text);

        Assert.False(result.Success);
        Assert.Null(result.Expression);
        Assert.Equal(new Diagnostic(message, column), Assert.Single(result.Errors));
    }

    [Fact]
    public void Success_HasNoErrors() => Assert.Empty(Expression.Parse("true").Errors);

    [Fact]
    public void NullText_IsReportedLikeEmptyText() =>
        Assert.Equal("Expected a condition at column 1", Expression.Parse(null!).Errors[0].Message);

    [Fact]
    public void DeepParentheses_AreRefusedRatherThanOverflowingTheStack()
    {
        var depth = ExpressionTokenizer.MaxParenthesisDepth;
        Assert.True(Expression.Parse(new string('(', depth) + "a == 1" + new string(')', depth)).Success);

        var tooDeep = Expression.Parse(new string('(', depth + 1) + "a == 1" + new string(')', depth + 1));
        Assert.Equal($"Parentheses nest deeper than {depth} levels at column {depth + 1}", tooDeep.Errors[0].Message);
    }

    [Fact]
    public void LongText_IsRefused()
    {
        var text = string.Join(" AND ", Enumerable.Repeat("a == 1", 1000));

        Assert.Equal(ExpressionParser.MaxLength + 1, Assert.Single(Expression.Parse(text).Errors).Column);
    }

    [Fact]
    public void LongestChainsOfNotAndAnd_ParseAndEvaluate()
    {
        var notCount = (ExpressionParser.MaxLength - 4) / 4;
        var nots = string.Concat(Enumerable.Repeat("NOT ", notCount)) + "true";
        var ands = string.Join(" AND ", Enumerable.Repeat("a == 1", (ExpressionParser.MaxLength + 5) / 11));

        Assert.Equal(notCount % 2 == 0, TestExpressions.Evaluate(nots, "{}"));
        Assert.True(TestExpressions.Evaluate(ands, """{"a": 1}"""));
    }

    [Fact]
    public void InvalidRegexTimeout_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Expression.Parse("true", new ExpressionOptions(TimeSpan.Zero)));
}
