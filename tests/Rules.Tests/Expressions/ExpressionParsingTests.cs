using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

public sealed class ExpressionParsingTests
{
    [Theory]
    [InlineData("channel == 'sms'", "channel == 'sms'")]
    [InlineData("channel!='sms'", "channel != 'sms'")]
    [InlineData("priority<1", "priority < 1")]
    [InlineData("priority <= 1", "priority <= 1")]
    [InlineData("priority>1", "priority > 1")]
    [InlineData("priority >= 1", "priority >= 1")]
    [InlineData("tier IN ['gold','platinum']", "tier IN ['gold', 'platinum']")]
    [InlineData("'billing' IN skills", "'billing' IN skills")]
    [InlineData("channel NOT IN ['fax', \"email\"]", "channel NOT IN ['fax', 'email']")]
    [InlineData("subject CONTAINS 'refund'", "subject CONTAINS 'refund'")]
    [InlineData("text MATCHES '(?i)chargeback'", "text MATCHES '(?i)chargeback'")]
    [InlineData("HAS attributes.vip", "HAS attributes.vip")]
    [InlineData("NOT (team == 't2') OR HAS attributes.vip", "NOT (team == 't2') OR HAS attributes.vip")]
    [InlineData("true", "true")]
    [InlineData("skills.billing >= 4", "skills.billing >= 4")]
    public void EachOperator_ParsesToItsCanonicalText(string text, string canonical) =>
        Assert.Equal(canonical, TestExpressions.Parse(text).ToString());

    [Theory]
    [InlineData("a == 1 OR b == 1 AND c == 1", "a == 1 OR b == 1 AND c == 1")]
    [InlineData("(a == 1 OR b == 1) AND c == 1", "(a == 1 OR b == 1) AND c == 1")]
    [InlineData("a == 1 AND (b == 1 AND c == 1)", "a == 1 AND (b == 1 AND c == 1)")]
    [InlineData("((a == 1) AND b == 1) AND c == 1", "a == 1 AND b == 1 AND c == 1")]
    [InlineData("NOT a == 1 AND b == 1", "NOT (a == 1) AND b == 1")]
    [InlineData("NOT (a == 1 AND b == 1)", "NOT (a == 1 AND b == 1)")]
    [InlineData("NOT NOT HAS a", "NOT NOT HAS a")]
    public void Parentheses_AreKeptOnlyWherePrecedenceNeedsThem(string text, string canonical) =>
        Assert.Equal(canonical, TestExpressions.Parse(text).ToString());

    [Fact]
    public void And_BindsTighterThanOr()
    {
        var root = TestExpressions.Parse("a == 1 OR b == 1 AND c == 1").Root;

        var or = Assert.IsType<OrNode>(root);
        Assert.IsType<ComparisonNode>(or.Left);
        Assert.IsType<AndNode>(or.Right);
    }

    [Fact]
    public void AndAndOr_AssociateToTheLeft()
    {
        var root = Assert.IsType<OrNode>(TestExpressions.Parse("a == 1 OR b == 1 OR c == 1").Root);

        Assert.IsType<OrNode>(root.Left);
        Assert.IsType<ComparisonNode>(root.Right);
    }

    [Fact]
    public void Not_TakesTheWholeComparisonAfterIt()
    {
        var root = Assert.IsType<AndNode>(TestExpressions.Parse("NOT a == 1 AND b == 1").Root);

        Assert.IsType<ComparisonNode>(Assert.IsType<NotNode>(root.Left).Operand);
    }

    [Theory]
    [InlineData("a == 1 and b == 2 Or NOT c in [1] AND d contains 'x' or HAS e and f matches 'y' OR TRUE")]
    [InlineData("A == 1 AND B == 2 OR NOT C IN [1] AND D CONTAINS 'x' OR HAS E AND F MATCHES 'y' OR true")]
    public void Keywords_AreCaseInsensitive(string text) => Assert.True(Expression.Parse(text).Success);

    [Fact]
    public void Paths_AreCaseSensitive() => Assert.False(TestExpressions.Evaluate("CHANNEL == 'sms'"));

    [Theory]
    [InlineData(@"x == 'it\'s'", "it's")]
    [InlineData(@"x == ""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"x == 'back\\slash'", @"back\slash")]
    [InlineData(@"x == 'keeps \d'", @"keeps \d")]
    [InlineData(@"x == ""it's""", "it's")]
    public void StringEscapes_AreDecoded(string text, string value)
    {
        var comparison = Assert.IsType<ComparisonNode>(TestExpressions.Parse(text).Root);
        Assert.Equal(value, Assert.IsType<StringLiteral>(comparison.Right).Text);
    }

    [Theory]
    [InlineData("x == -3", "-3")]
    [InlineData("x == 4.50", "4.50")]
    [InlineData("x == -0.25", "-0.25")]
    [InlineData("x == 0", "0")]
    [InlineData("x == 79228162514264337593543950335", "79228162514264337593543950335")]
    public void Numbers_KeepTheirDigits(string text, string printed)
    {
        var comparison = Assert.IsType<ComparisonNode>(TestExpressions.Parse(text).Root);
        Assert.Equal(printed, Assert.IsType<NumberLiteral>(comparison.Right).Text);
    }

    [Theory]
    [InlineData("x IN []", "x IN []")]
    [InlineData("x IN [ 1 , -2.5,true , 'a' ]", "x IN [1, -2.5, true, 'a']")]
    [InlineData("[1, 2] CONTAINS x", "[1, 2] CONTAINS x")]
    public void Lists_ParseWithAnySpacing(string text, string canonical) =>
        Assert.Equal(canonical, TestExpressions.Parse(text).ToString());

    [Fact]
    public void Paths_ListsEveryPathOnceInSourceOrder() =>
        Assert.Equal(
            ["channel", "customer.tier", "skills", "attributes.vip"],
            TestExpressions.Parse("channel == 'sms' AND customer.tier IN ['gold'] OR 'x' IN skills OR HAS attributes.vip OR channel == 'a'").Paths);

    [Theory]
    [InlineData("true", true)]
    [InlineData("true OR channel == 'x'", true)]
    [InlineData("NOT false", true)]
    [InlineData("1 == 1 AND 'a' IN ['a']", true)]
    [InlineData("false", false)]
    [InlineData("channel == 'x'", false)]
    [InlineData("true AND channel == 'x'", false)]
    [InlineData("NOT true OR HAS x", false)]
    public void IsConstantTrue_FoldsConstants(string text, bool expected) =>
        Assert.Equal(expected, TestExpressions.Parse(text).IsConstantTrue);
}
