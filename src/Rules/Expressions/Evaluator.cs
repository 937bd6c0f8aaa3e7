using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Router.Rules.Expressions;

/// <summary>Evaluates a syntax tree against facts; see <see cref="Expression.Evaluate"/> for the rules.</summary>
internal static class Evaluator
{
    public static bool Evaluate(Node node, JsonObject facts) => node switch
    {
        ConstantNode constant => constant.Value,
        NotNode not => !Evaluate(not.Operand, facts),
        AndNode and => Evaluate(and.Left, facts) && Evaluate(and.Right, facts),
        OrNode or => Evaluate(or.Left, facts) || Evaluate(or.Right, facts),
        HasNode has => PathResolver.Resolve(facts, has.Path) is not null,
        ComparisonNode comparison =>
            Comparisons.Apply(comparison.Operator, Resolve(comparison.Left, facts), Resolve(comparison.Right, facts)) == true,
        MatchNode match => Resolve(match.Left, facts) is StringValue text && IsMatch(match.Pattern, text.Text),
        _ => false,
    };

    private static Value? Resolve(Operand operand, JsonObject facts) => operand switch
    {
        Literal literal => literal.Value,
        PathOperand path => Value.From(PathResolver.Resolve(facts, path)),
        _ => null,
    };

    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern that backtracks for too long must not stall routing; treating it as no match is the
            // conservative answer for an eligibility rule.
            return false;
        }
    }
}
