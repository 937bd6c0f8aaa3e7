namespace Router.Rules.Expressions;

/// <summary>
/// Prints the canonical text: upper-case keywords, single-quoted strings, single spaces, and only the parentheses
/// the precedence needs, so that parsing the text gives back the same tree.
/// </summary>
internal static class ExpressionPrinter
{
    // Binding levels: a child printed where a looser operator would re-associate is parenthesised.
    private const int OrLevel = 0;
    private const int AndLevel = 1;
    private const int UnaryLevel = 2;

    public static string Print(Node node) => Print(node, OrLevel);

    public static string Print(Operand operand) => operand switch
    {
        PathOperand path => path.Path,
        StringLiteral text => StringSyntax.Quote(text.Text),
        NumberLiteral number => number.Text,
        BooleanLiteral flag => flag.Flag ? "true" : "false",
        ListLiteral list => $"[{string.Join(", ", list.Items.Select(Print))}]",
        _ => throw new ArgumentOutOfRangeException(nameof(operand)),
    };

    private static string Print(Node node, int level) => node switch
    {
        OrNode or => Group($"{Print(or.Left, OrLevel)} OR {Print(or.Right, AndLevel)}", level > OrLevel),
        AndNode and => Group($"{Print(and.Left, AndLevel)} AND {Print(and.Right, UnaryLevel)}", level > AndLevel),
        // A comparison under NOT is parenthesised although it need not be: `NOT (a == 1)` cannot be misread.
        NotNode { Operand: ComparisonNode or MatchNode } not => $"NOT ({Print(not.Operand, UnaryLevel)})",
        NotNode not => $"NOT {Print(not.Operand, UnaryLevel)}",
        ConstantNode constant => constant.Value ? "true" : "false",
        HasNode has => $"HAS {has.Path.Path}",
        ComparisonNode comparison => $"{Print(comparison.Left)} {Symbol(comparison.Operator)} {Print(comparison.Right)}",
        MatchNode match => $"{Print(match.Left)} MATCHES {StringSyntax.Quote(match.Pattern.ToString())}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.In => "IN",
        ComparisonOperator.NotIn => "NOT IN",
        _ => "CONTAINS",
    };

    private static string Group(string text, bool parenthesise) => parenthesise ? $"({text})" : text;
}
