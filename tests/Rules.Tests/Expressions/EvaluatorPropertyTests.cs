using CsCheck;
using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

public sealed class EvaluatorPropertyTests
{
    private static readonly Gen<(Node, Node, string)> TwoConditionsAndFacts =
        Gen.Select(ExpressionGenerators.Condition, ExpressionGenerators.Condition, ExpressionGenerators.FactsJson);

    [Fact]
    public void DoubleNegation_IsIdentity() =>
        Gen.Select(ExpressionGenerators.Condition, ExpressionGenerators.FactsJson).Sample((e, json) =>
            Evaluate(new NotNode(new NotNode(e)), json) == Evaluate(e, json));

    [Fact]
    public void And_Commutes() =>
        TwoConditionsAndFacts.Sample((e, f, json) => Evaluate(new AndNode(e, f), json) == Evaluate(new AndNode(f, e), json));

    [Fact]
    public void Or_Commutes() =>
        TwoConditionsAndFacts.Sample((e, f, json) => Evaluate(new OrNode(e, f), json) == Evaluate(new OrNode(f, e), json));

    [Fact]
    public void DeMorgan_Holds() =>
        TwoConditionsAndFacts.Sample((e, f, json) =>
            Evaluate(new NotNode(new AndNode(e, f)), json) == Evaluate(new OrNode(new NotNode(e), new NotNode(f)), json) &&
            Evaluate(new NotNode(new OrNode(e, f)), json) == Evaluate(new AndNode(new NotNode(e), new NotNode(f)), json));

    [Fact]
    public void EveryComparisonOfMissingPaths_IsFalse_AndItsNegationTrue() =>
        Gen.Select(ExpressionGenerators.Comparison.Where(ReadsAPath), ExpressionGenerators.UnrelatedFactsJson).Sample((comparison, json) =>
            !Evaluate(comparison, json) && Evaluate(new NotNode(comparison), json));

    [Fact]
    public void Evaluate_NeverThrows_OnRandomFacts() =>
        Gen.Select(ExpressionGenerators.Condition, ExpressionGenerators.FactsJson).Sample((e, json) =>
        {
            _ = Evaluate(e, json);
        }, iter: 2000);

    private static bool ReadsAPath(Node comparison) => SyntaxWalker.Operands(comparison).Any(o => o is PathOperand);

    private static bool Evaluate(Node node, string json) => new Expression(node).Evaluate(TestExpressions.Facts(json));
}
