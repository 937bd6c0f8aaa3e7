using System.Text.Json;
using System.Text.Json.Nodes;

namespace Router.Rules.Tests.Expressions;

public sealed class FactsTests
{
    [Theory]
    [InlineData("customer.tier == 'gold'", true)]
    [InlineData("region == 'emea'", true)]
    [InlineData("attributes.region == 'emea'", true)]
    [InlineData("channel == 'sms'", true)]
    public void Paths_FallBackToAttributes_WhenTheFirstSegmentIsNotTopLevel(string text, bool expected) =>
        Assert.Equal(expected, TestExpressions.Evaluate(text));

    [Fact]
    public void TopLevelFacts_WinOverAttributes() =>
        Assert.True(TestExpressions.Evaluate("region == 'apac'", """{"region": "apac", "attributes": {"region": "emea"}}"""));

    [Fact]
    public void TopLevelFirstSegment_IsNotRetriedInAttributes() =>
        Assert.False(TestExpressions.Evaluate("HAS customer.tier", """{"customer": {}, "attributes": {"customer": {"tier": "gold"}}}"""));

    [Fact]
    public void AttributesThatAreNotAnObject_AreNotSearched() =>
        Assert.False(TestExpressions.Evaluate("HAS tier", """{"attributes": ["tier"]}"""));

    public static TheoryData<JsonNode> FourInEveryShape() =>
    [
        JsonNode.Parse("4")!, JsonNode.Parse("4.0")!, JsonNode.Parse("4e0")!, JsonValue.Create(4), JsonValue.Create(4L),
        JsonValue.Create(4.0), JsonValue.Create(4.0f), JsonValue.Create(4.0m), JsonValue.Create((byte)4),
        JsonValue.Create((short)4), JsonValue.Create(4u), JsonValue.Create(4ul), JsonValue.Create((Half)4)!,
        JsonValue.Create(JsonDocument.Parse("4").RootElement)!,
    ];

    [Theory]
    [MemberData(nameof(FourInEveryShape))]
    public void Numbers_CompareNumerically_HoweverTheJsonWasMade(JsonNode four)
    {
        var facts = new JsonObject { ["n"] = four };

        Assert.True(TestExpressions.Parse("n == 4 AND n == 4.00 AND n > 3.5 AND n IN [1, 4] AND n != 5").Evaluate(facts));
    }

    public static TheoryData<JsonNode> SmsInEveryShape() =>
        [JsonNode.Parse("\"sms\"")!, JsonValue.Create("sms")!, JsonValue.Create(JsonDocument.Parse("\"sms\"").RootElement)!];

    [Theory]
    [MemberData(nameof(SmsInEveryShape))]
    public void Strings_Compare_HoweverTheJsonWasMade(JsonNode sms) =>
        Assert.True(TestExpressions.Parse("channel == 'sms' AND channel CONTAINS 'm'").Evaluate(new JsonObject { ["channel"] = sms }));

    [Fact]
    public void StringLikeValuesBuiltInCSharp_CompareAsTheirJsonText()
    {
        var facts = new JsonObject { ["letter"] = JsonValue.Create('x'), ["id"] = JsonValue.Create(Guid.Empty) };

        Assert.True(TestExpressions.Parse("letter == 'x' AND id == '00000000-0000-0000-0000-000000000000'").Evaluate(facts));
    }

    [Fact]
    public void NaN_IsMissing() =>
        Assert.False(TestExpressions.Parse("n < 1 OR n >= 1").Evaluate(new JsonObject { ["n"] = double.NaN }));

    [Fact]
    public void JsonNullElement_IsMissing() =>
        Assert.False(TestExpressions.Parse("HAS n").Evaluate(new JsonObject { ["n"] = JsonValue.Create(JsonDocument.Parse("null").RootElement) }));

    [Fact]
    public void ListsBuiltInCSharp_AreSearched() =>
        Assert.True(TestExpressions.Parse("languages CONTAINS 'es' AND 2 IN levels").Evaluate(
            new JsonObject { ["languages"] = new JsonArray("en", "es"), ["levels"] = new JsonArray(1, 2m, null) }));
}
