using System.Diagnostics;
using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

public sealed class RegexTests
{
    private const string Catastrophic = "text MATCHES '(a+)+$'";

    [Fact]
    public void Patterns_AreCultureInvariantWithTheDefaultTimeout()
    {
        var match = Assert.IsType<MatchNode>(TestExpressions.Parse(Catastrophic).Root);

        Assert.Equal(System.Text.RegularExpressions.RegexOptions.CultureInvariant, match.Pattern.Options);
        Assert.Equal(TimeSpan.FromMilliseconds(50), match.Pattern.MatchTimeout);
    }

    [Fact]
    public void CatastrophicPattern_TimesOutToFalse_WithoutHanging()
    {
        var expression = TestExpressions.Parse(Catastrophic, new ExpressionOptions(TimeSpan.FromMilliseconds(1)));
        var facts = new System.Text.Json.Nodes.JsonObject { ["text"] = new string('a', 5000) + "!" };

        var clock = Stopwatch.StartNew();
        Assert.False(expression.Evaluate(facts));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void CatastrophicPattern_StillMatchesShortInput() =>
        Assert.True(TestExpressions.Evaluate(Catastrophic, """{"text": "aaa"}"""));

    [Theory]
    [InlineData(@"text MATCHES '^\w+ filed$'", true)]
    [InlineData(@"text MATCHES ""^CHARGE""", true)]
    [InlineData(@"text MATCHES 'BACK\\s'", true)]
    [InlineData(@"subject MATCHES 'order$'", true)]
    [InlineData(@"subject MATCHES '^order'", false)]
    [InlineData(@"'I' MATCHES '(?i)i'", true)]
    public void Patterns_UseDotNetSyntax(string text, bool expected) =>
        Assert.Equal(expected, TestExpressions.Evaluate(text));
}
