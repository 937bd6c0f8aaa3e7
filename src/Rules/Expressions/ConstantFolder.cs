using System.Text.Json.Nodes;

namespace Router.Rules.Expressions;

/// <summary>Decides what it can without facts, so config loading can flag rules that always match.</summary>
internal static class ConstantFolder
{
    /// <summary>The value the condition has whatever the facts, or null when it depends on them.</summary>
    public static bool? Fold(Node node) => node switch
    {
        ConstantNode constant => constant.Value,
        NotNode not => !Fold(not.Operand),
        AndNode and => (Fold(and.Left), Fold(and.Right)) switch
        {
            (false, _) or (_, false) => false,
            (true, true) => true,
            _ => null,
        },
        OrNode or => (Fold(or.Left), Fold(or.Right)) switch
        {
            (true, _) or (_, true) => true,
            (false, false) => false,
            _ => null,
        },
        // A comparison of literals alone, such as 1 == 1, reads no facts: evaluating it once is its value.
        ComparisonNode or MatchNode when SyntaxWalker.Operands(node).All(o => o is Literal) => Evaluator.Evaluate(node, new JsonObject()),
        _ => null,
    };
}
