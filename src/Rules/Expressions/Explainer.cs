using System.Text.Json.Nodes;

namespace Router.Rules.Expressions;

/// <summary>
/// Says why an expression does not hold for some facts, by walking to the first clause that fails and showing the
/// values it saw: what a supervisor needs from <c>rules explain</c>.
/// </summary>
internal static class Explainer
{
    public static string WhyNot(Node node, JsonObject facts) => node switch
    {
        _ when Evaluator.Evaluate(node, facts) => $"{ExpressionPrinter.Print(node)} holds",
        AndNode and => Evaluator.Evaluate(and.Left, facts) ? WhyNot(and.Right, facts) : WhyNot(and.Left, facts),
        OrNode or => $"{WhyNot(or.Left, facts)}; and {WhyNot(or.Right, facts)}",
        NotNode not => $"{ExpressionPrinter.Print(not.Operand)} holds",
        HasNode has => $"{has.Path.Path} is missing",
        ComparisonNode comparison => $"{ExpressionPrinter.Print(node)} is false{Saw(facts, comparison.Left, comparison.Right)}",
        MatchNode match => $"{ExpressionPrinter.Print(node)} is false{Saw(facts, match.Left)}",
        _ => $"{ExpressionPrinter.Print(node)} is false",
    };

    private static string Saw(JsonObject facts, params Operand[] operands)
    {
        var seen = operands.OfType<PathOperand>()
            .Select(p => PathResolver.Resolve(facts, p) is { } value ? $"{p.Path} is {Show(value)}" : $"{p.Path} is missing")
            .ToArray();
        return seen.Length == 0 ? "" : $" ({string.Join(", ", seen)})";
    }

    private static string Show(JsonNode value)
    {
        var json = value.ToJsonString();
        return json.Length <= 60 ? json : json[..57] + "...";
    }
}
