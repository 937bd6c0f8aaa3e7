using System.Text.Json.Nodes;
using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

public sealed class ExplainTests
{
    private static Expression Parse(string text) => Expression.Parse(text).Expression!;

    [Fact]
    public void And_NamesTheFirstFailingClause_WithTheValueItSaw()
    {
        var facts = new JsonObject { ["channel"] = "sms", ["attributes"] = new JsonObject { ["customer"] = new JsonObject { ["tier"] = "silver" } } };

        var why = Parse("channel == 'sms' AND customer.tier IN ['gold', 'platinum']").Explain(facts);

        Assert.Equal("customer.tier IN ['gold', 'platinum'] is false (customer.tier is \"silver\")", why);
    }

    [Fact]
    public void MissingAttribute_IsSaidToBeMissing() =>
        Assert.Equal("tier == 'gold' is false (tier is missing)", Parse("tier == 'gold'").Explain([]));

    [Fact]
    public void Or_ExplainsBothSides() =>
        Assert.Equal("a == 1 is false (a is 2); and b is missing", Parse("a == 1 OR HAS b").Explain(new JsonObject { ["a"] = 2 }));

    [Fact]
    public void Not_SaysWhatHeld() =>
        Assert.Equal("a == 1 holds", Parse("NOT a == 1").Explain(new JsonObject { ["a"] = 1 }));
}
