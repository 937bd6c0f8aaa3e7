namespace Router.Rules.Expressions;

// The syntax tree. Columns are 1-based into the source text (0 for trees built in code) so that Check can point
// at the offending token; they are not part of what the expression means.

/// <summary>A condition: something that evaluates to true or false.</summary>
internal abstract record Node;

internal sealed record ConstantNode(bool Value) : Node;

internal sealed record NotNode(Node Operand) : Node;

internal sealed record AndNode(Node Left, Node Right) : Node;

internal sealed record OrNode(Node Left, Node Right) : Node;

internal sealed record HasNode(PathOperand Path) : Node;

internal sealed record ComparisonNode(Operand Left, ComparisonOperator Operator, Operand Right, int Column = 0) : Node;

/// <summary><c>Left MATCHES 'pattern'</c>; the regex is built once, at parse.</summary>
internal sealed record MatchNode(Operand Left, System.Text.RegularExpressions.Regex Pattern, int Column = 0) : Node;

/// <summary>The operators that compare two operands (MATCHES has its own node: its right side is a regex).</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    NotIn,
    Contains,
}
