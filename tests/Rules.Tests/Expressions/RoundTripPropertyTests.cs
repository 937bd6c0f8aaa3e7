using CsCheck;
using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

public sealed class RoundTripPropertyTests
{
    [Fact]
    public void PrintThenParse_GivesTheSameTextAndMeaning() =>
        Gen.Select(ExpressionGenerators.Condition, ExpressionGenerators.FactsJson).Sample((tree, json) =>
        {
            var original = new Expression(tree);
            var reparsed = TestExpressions.Parse(original.ToString());
            var facts = TestExpressions.Facts(json);

            Assert.Equal(original.ToString(), reparsed.ToString());
            Assert.Equal(original.Evaluate(facts), reparsed.Evaluate(facts));
            Assert.Equal(original.Paths, reparsed.Paths);
            Assert.Equal(original.IsConstantTrue, reparsed.IsConstantTrue);
        }, iter: 2000);

    [Fact]
    public void ParsedText_KeepsItsTreeShape() =>
        ExpressionGenerators.Condition.Sample(tree =>
        {
            var reparsed = TestExpressions.Parse(new Expression(tree).ToString()).Root;

            Assert.Equal(Shape(tree), Shape(reparsed));
        });

    // The tree without columns or Regex instances, which differ between a built tree and a parsed one.
    private static string Shape(Node node) => node switch
    {
        AndNode and => $"and({Shape(and.Left)}, {Shape(and.Right)})",
        OrNode or => $"or({Shape(or.Left)}, {Shape(or.Right)})",
        NotNode not => $"not({Shape(not.Operand)})",
        MatchNode match => $"matches({ExpressionPrinter.Print(match.Left)}, {match.Pattern})",
        ComparisonNode c => $"{c.Operator}({ExpressionPrinter.Print(c.Left)}, {ExpressionPrinter.Print(c.Right)})",
        _ => new Expression(node).ToString(),
    };
}
