using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

public sealed class CheckTests
{
    private static readonly Dictionary<string, ValueKind> Known = new()
    {
        ["channel"] = ValueKind.String,
        ["subject"] = ValueKind.String,
        ["team"] = ValueKind.String,
        ["priority"] = ValueKind.Number,
        ["vip"] = ValueKind.Boolean,
        ["skills"] = ValueKind.Map,
        ["skills.*"] = ValueKind.Number,
        ["languages"] = ValueKind.List,
        ["customer"] = ValueKind.Any,
    };

    [Theory]
    [InlineData("channel == 5", "Cannot compare String 'channel' with Number 5 at column 12", 12)]
    [InlineData("channel != true", "Cannot compare String 'channel' with Boolean true at column 12", 12)]
    [InlineData("5 == channel", "Cannot compare Number 5 with String 'channel' at column 1", 1)]
    [InlineData("priority > 'high'", "Cannot compare Number 'priority' with String 'high' at column 12", 12)]
    [InlineData("skills.billing == 'expert'", "Cannot compare Number 'skills.billing' with String 'expert' at column 19", 19)]
    [InlineData("priority == team", "Cannot compare Number 'priority' with String 'team' at column 13", 13)]
    [InlineData("vip < true", "Operator '<' cannot order Boolean 'vip' at column 5", 5)]
    [InlineData("'a' <= languages", "Operator '<=' cannot order List 'languages' at column 5", 5)]
    [InlineData("languages == 'es'", "Operator '==' cannot compare List 'languages' at column 11; use CONTAINS or IN", 11)]
    [InlineData("skills != 'billing'", "Operator '!=' cannot compare Map 'skills' at column 8; use CONTAINS or IN", 8)]
    [InlineData("priority CONTAINS 1", "CONTAINS needs a String, List or Map on its left, but Number 'priority' is not one at column 1", 1)]
    [InlineData("priority IN ['low', 'high']", "Number 'priority' is never String 'low' at column 14", 14)]
    [InlineData("priority NOT IN ['high']", "Number 'priority' is never String 'high' at column 18", 18)]
    [InlineData("'x' IN priority", "IN needs a List, Map or String on its right, but Number 'priority' is not one at column 8", 8)]
    [InlineData("x IN [1, 'a']", "List mixes Number and String values at column 10", 10)]
    [InlineData("[true, 2] CONTAINS x", "List mixes Boolean and Number values at column 8", 8)]
    [InlineData("priority MATCHES '1'", "MATCHES needs a String, but Number 'priority' is not one at column 1", 1)]
    [InlineData("team == 't1' AND NOT (x == 1 OR vip > false)", "Operator '>' cannot order Boolean 'vip' at column 37", 37)]
    public void EachCheck_ReportsTheOffendingColumn(string text, string message, int column) =>
        Assert.Equal(new Diagnostic(message, column), Assert.Single(TestExpressions.Parse(text).Check(Known)));

    [Fact]
    public void OneComparison_CanBreakSeveralChecks() =>
        Assert.Equal(
            [new Diagnostic("List mixes String and Number values at column 20", 20), new Diagnostic("String 'channel' is never Number 5 at column 20", 20)],
            TestExpressions.Parse("channel IN ['sms', 5]").Check(Known));

    [Theory]
    [InlineData("channel == 'sms' AND priority > 3 AND 'billing' IN skills AND skills.billing >= 4")]
    [InlineData("languages CONTAINS 'es' AND subject MATCHES 'x' AND 'fund' IN subject AND vip == true")]
    [InlineData("unknown == 5 AND unknown < 'a' AND customer.tier IN [1] AND customer == 3 AND HAS skills.anything.deeper")]
    [InlineData("channel IN ['sms', 'fax'] AND priority NOT IN [1, 2.5] AND x IN [] AND true")]
    public void WellTypedExpressions_HaveNoDiagnostics(string text) =>
        Assert.Empty(TestExpressions.Parse(text).Check(Known));

    [Fact]
    public void NoKnownPaths_OnlyLiteralsAreChecked() =>
        Assert.Equal(["Cannot compare String 'a' with Number 1 at column 8"], TestExpressions.Parse("'a' == 1 AND x == 1").Check(new Dictionary<string, ValueKind>()).Select(d => d.Message));
}
