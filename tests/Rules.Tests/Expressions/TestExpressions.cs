using System.Text.Json.Nodes;
using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

/// <summary>Shared facts and shorthands for the expression tests.</summary>
internal static class TestExpressions
{
    /// <summary>A task as the router sees it: a few top-level facts, the rest under "attributes".</summary>
    public const string Task = """
        {
          "channel": "sms",
          "priority": 12,
          "subject": "Please refund my order",
          "text": "CHARGEBACK filed",
          "team": "t1",
          "vip": true,
          "nothing": null,
          "skills": { "billing": 4, "spanish": 2, "dormant": null },
          "languages": ["en", "es", 3],
          "attributes": { "customer": { "tier": "gold" }, "region": "emea", "vip": true }
        }
        """;

    public static Expression Parse(string text, ExpressionOptions? options = null)
    {
        var result = Expression.Parse(text, options);
        Assert.True(result.Success, $"'{text}' did not parse: {string.Join("; ", result.Errors)}");
        return result.Expression!;
    }

    public static JsonObject Facts(string json) => JsonNode.Parse(json)!.AsObject();

    public static bool Evaluate(string text, string json = Task) => Parse(text).Evaluate(Facts(json));
}
