namespace Router.Rules.Tests.Expressions;

public sealed class MissingValueTests
{
    [Theory]
    [InlineData("absent == 'x'")]
    [InlineData("absent != 'x'")]
    [InlineData("absent < 1")]
    [InlineData("absent <= 1")]
    [InlineData("absent > 1")]
    [InlineData("absent >= 1")]
    [InlineData("absent IN ['x']")]
    [InlineData("absent NOT IN ['x']")]
    [InlineData("'x' IN absent")]
    [InlineData("'x' NOT IN absent")]
    [InlineData("absent CONTAINS 'x'")]
    [InlineData("'x' CONTAINS absent")]
    [InlineData("absent MATCHES '.*'")]
    [InlineData("HAS absent")]
    [InlineData("nothing != 'x'")]
    [InlineData("HAS nothing")]
    [InlineData("skills.dormant != 1")]
    [InlineData("channel.length > 0")]
    [InlineData("skills.billing.level > 0")]
    [InlineData("absent == absent")]
    public void AnyTestOfAMissingValue_IsFalse_AndNotInvertsIt(string text)
    {
        Assert.False(TestExpressions.Evaluate(text));
        Assert.True(TestExpressions.Evaluate($"NOT ({text})"));
    }

    [Theory]
    [InlineData("channel < 3")]
    [InlineData("'a' < 3")]
    [InlineData("channel == 5")]
    [InlineData("channel != 5")]
    [InlineData("priority == '12'")]
    [InlineData("priority MATCHES '12'")]
    [InlineData("vip < true")]
    [InlineData("vip > false")]
    [InlineData("vip == 'true'")]
    [InlineData("priority CONTAINS 1")]
    [InlineData("languages == 'en'")]
    [InlineData("languages < 'en'")]
    [InlineData("skills == skills")]
    [InlineData("skills CONTAINS 4")]
    [InlineData("4 IN skills")]
    [InlineData("4 NOT IN skills")]
    [InlineData("skills IN languages")]
    [InlineData("1 IN subject")]
    [InlineData("[1] IN [1]")]
    [InlineData("languages MATCHES 'en'")]
    public void TypeMismatch_IsFalse(string text) => Assert.False(TestExpressions.Evaluate(text));

    [Fact]
    public void NullFacts_AreNoFacts()
    {
        var expression = TestExpressions.Parse("NOT HAS channel");

        Assert.True(expression.Evaluate(null!));
    }
}
