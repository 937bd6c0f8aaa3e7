namespace Router.Rules.Expressions;

/// <summary>Finds comparisons that can never be true because of the kinds of their sides.</summary>
internal static class TypeChecker
{
    public static IReadOnlyList<Diagnostic> Check(Node root, IReadOnlyDictionary<string, ValueKind> declared)
    {
        var kinds = new KnownKinds(declared);
        var found = new List<Diagnostic>();
        foreach (var node in SyntaxWalker.Conditions(root))
        {
            found.AddRange(SyntaxWalker.Operands(node).OfType<ListLiteral>().Select(MixedList).OfType<Diagnostic>());
            var problem = node switch
            {
                ComparisonNode comparison => CheckComparison(comparison, kinds),
                MatchNode match when kinds.Of(match.Left) is not (ValueKind.String or ValueKind.Any) =>
                    At(match.Left, $"MATCHES needs a String, but {kinds.Describe(match.Left)} is not one"),
                _ => null,
            };
            if (problem is not null)
            {
                found.Add(problem);
            }
        }

        return found;
    }

    private static Diagnostic? CheckComparison(ComparisonNode node, KnownKinds kinds)
    {
        var (left, right) = (kinds.Of(node.Left), kinds.Of(node.Right));
        var symbol = ExpressionPrinter.Symbol(node.Operator);
        return node.Operator switch
        {
            ComparisonOperator.Equal or ComparisonOperator.NotEqual when IsCollection(left) || IsCollection(right) =>
                At(node.Column, $"Operator '{symbol}' cannot compare {Collection(node, kinds)}", "; use CONTAINS or IN"),
            ComparisonOperator.Less or ComparisonOperator.LessOrEqual or ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual
                when !IsOrdered(left) || !IsOrdered(right) =>
                At(node.Column, $"Operator '{symbol}' cannot order {kinds.Describe(IsOrdered(left) ? node.Right : node.Left)}"),
            ComparisonOperator.Contains when left is ValueKind.Number or ValueKind.Boolean =>
                At(node.Left, $"CONTAINS needs a String, List or Map on its left, but {kinds.Describe(node.Left)} is not one"),
            ComparisonOperator.In or ComparisonOperator.NotIn => CheckMembership(node, kinds),
            _ when KnownKinds.IsScalar(left) && KnownKinds.IsScalar(right) && left != right => Mismatch(node, kinds),
            _ => null,
        };
    }

    private static Diagnostic? CheckMembership(ComparisonNode node, KnownKinds kinds)
    {
        var left = kinds.Of(node.Left);
        if (node.Right is PathOperand && kinds.Of(node.Right) is ValueKind.Number or ValueKind.Boolean)
        {
            return At(node.Right, $"IN needs a List, Map or String on its right, but {kinds.Describe(node.Right)} is not one");
        }

        var stranger = node.Right is ListLiteral list && KnownKinds.IsScalar(left)
            ? list.Items.FirstOrDefault(item => kinds.Of(item) != left)
            : null;
        return stranger is null
            ? null
            : At(stranger, $"{kinds.Describe(node.Left)} is never {kinds.Describe(stranger)}");
    }

    private static Diagnostic? MixedList(ListLiteral list)
    {
        var first = list.Items.FirstOrDefault();
        var stranger = list.Items.FirstOrDefault(item => item.GetType() != first?.GetType());
        return stranger is null
            ? null
            : At(stranger, $"List mixes {KindName(first!)} and {KindName(stranger)} values");
    }

    // Blame the literal: with a declared path on one side, the literal is the likelier typo.
    private static Diagnostic Mismatch(ComparisonNode node, KnownKinds kinds)
    {
        var culprit = node.Right is Literal || node.Left is not Literal ? node.Right : node.Left;
        return At(culprit, $"Cannot compare {kinds.Describe(node.Left)} with {kinds.Describe(node.Right)}");
    }

    private static string Collection(ComparisonNode node, KnownKinds kinds) =>
        kinds.Describe(IsCollection(kinds.Of(node.Left)) ? node.Left : node.Right);

    private static bool IsCollection(ValueKind kind) => kind is ValueKind.List or ValueKind.Map;

    private static bool IsOrdered(ValueKind kind) => kind is ValueKind.String or ValueKind.Number or ValueKind.Any;

    private static string KindName(Literal literal) => literal switch
    {
        StringLiteral => nameof(ValueKind.String),
        NumberLiteral => nameof(ValueKind.Number),
        _ => nameof(ValueKind.Boolean),
    };

    private static Diagnostic At(Operand operand, string message) => At(operand.Column, message);

    private static Diagnostic At(int column, string message, string hint = "") => new($"{message} at column {column}{hint}", column);
}
