namespace Router.Rules.Tests.Expressions;

public sealed class EvaluationTests
{
    [Theory]
    [InlineData("channel == 'sms'", true)]
    [InlineData("channel == 'SMS'", false)]
    [InlineData("channel != 'email'", true)]
    [InlineData("channel != 'sms'", false)]
    [InlineData("priority == 12.0", true)]
    [InlineData("priority != 12", false)]
    [InlineData("priority > 10", true)]
    [InlineData("priority > 12", false)]
    [InlineData("priority >= 12", true)]
    [InlineData("priority < 12.5", true)]
    [InlineData("priority <= 11.99", false)]
    [InlineData("-1 < priority", true)]
    [InlineData("channel < 'tv'", true)]
    [InlineData("'Z' < 'a'", true)]
    [InlineData("channel >= 'sms'", true)]
    [InlineData("vip == true", true)]
    [InlineData("vip != true", false)]
    [InlineData("skills.billing >= 4", true)]
    [InlineData("customer.tier IN ['gold', 'platinum']", true)]
    [InlineData("customer.tier NOT IN ['gold', 'platinum']", false)]
    [InlineData("priority IN [11, 12.0]", true)]
    [InlineData("subject CONTAINS 'refund'", true)]
    [InlineData("subject CONTAINS 'Refund'", false)]
    [InlineData("text MATCHES '(?i)chargeback'", true)]
    [InlineData("text MATCHES 'chargeback'", false)]
    [InlineData("HAS attributes.vip", true)]
    [InlineData("HAS customer.tier", true)]
    [InlineData("HAS customer.name", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Operators_OnPresentValues(string text, bool expected) =>
        Assert.Equal(expected, TestExpressions.Evaluate(text));

    [Theory]
    [InlineData("channel == 'sms' AND priority > 10", true)]
    [InlineData("channel == 'sms' AND priority > 20", false)]
    [InlineData("channel == 'fax' OR priority > 10", true)]
    [InlineData("channel == 'fax' OR priority > 20", false)]
    [InlineData("NOT channel == 'fax'", true)]
    [InlineData("NOT (team == 't2') OR HAS attributes.vip", true)]
    [InlineData("channel == 'fax' AND priority > 10 OR vip == true", true)]
    [InlineData("channel == 'fax' AND (priority > 10 OR vip == true)", false)]
    [InlineData("priority > 10 AND channel NOT IN ['fax', \"email\"]", true)]
    public void Logic_CombinesComparisons(string text, bool expected) =>
        Assert.Equal(expected, TestExpressions.Evaluate(text));

    [Theory]
    [InlineData("'billing' IN skills", true)]
    [InlineData("skills CONTAINS 'spanish'", true)]
    [InlineData("'french' IN skills", false)]
    [InlineData("'french' NOT IN skills", true)]
    [InlineData("'dormant' IN skills", true)]
    [InlineData("'es' IN languages", true)]
    [InlineData("languages CONTAINS 'es'", true)]
    [InlineData("languages CONTAINS 'fr'", false)]
    [InlineData("languages CONTAINS 3.0", true)]
    [InlineData("'fr' NOT IN languages", true)]
    [InlineData("'fund' IN subject", true)]
    [InlineData("'Fund' IN subject", false)]
    [InlineData("'x' NOT IN subject", true)]
    [InlineData("[1, 2, 3] CONTAINS 2", true)]
    [InlineData("'sms' IN [\"sms\"]", true)]
    public void Containment_WorksOnMapsListsAndStrings(string text, bool expected) =>
        Assert.Equal(expected, TestExpressions.Evaluate(text));

    [Fact]
    public void OneExpression_EvaluatesOnManyThreadsAtOnce()
    {
        var expression = TestExpressions.Parse("customer.tier IN ['gold'] AND text MATCHES '(?i)chargeback' AND 'billing' IN skills");
        var results = new bool[2000];

        Parallel.For(0, results.Length, i => results[i] = expression.Evaluate(TestExpressions.Facts(TestExpressions.Task)));

        Assert.All(results, Assert.True);
    }
}
