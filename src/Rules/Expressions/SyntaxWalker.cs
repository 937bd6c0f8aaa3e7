namespace Router.Rules.Expressions;

/// <summary>Visits a tree without recursion, so a long AND chain cannot overflow the stack.</summary>
internal static class SyntaxWalker
{
    /// <summary>Every condition, in source order: parents before children, left before right.</summary>
    public static IEnumerable<Node> Conditions(Node root)
    {
        var pending = new Stack<Node>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            yield return node;
            switch (node)
            {
                case AndNode and:
                    pending.Push(and.Right);
                    pending.Push(and.Left);
                    break;
                case OrNode or:
                    pending.Push(or.Right);
                    pending.Push(or.Left);
                    break;
                case NotNode not:
                    pending.Push(not.Operand);
                    break;
            }
        }
    }

    /// <summary>The operands a single condition compares or tests.</summary>
    public static IEnumerable<Operand> Operands(Node node) => node switch
    {
        HasNode has => [has.Path],
        ComparisonNode comparison => [comparison.Left, comparison.Right],
        MatchNode match => [match.Left],
        _ => [],
    };
}
