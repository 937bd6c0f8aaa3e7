namespace Router.Rules.Expressions;

/// <summary>
/// The comparison operators on run-time values. Each answers null when it cannot say: a side is missing or the
/// kinds do not fit. The caller turns that into false, which is why <c>!=</c> and <c>NOT IN</c> are false, not
/// true, on a missing attribute.
/// </summary>
internal static class Comparisons
{
    public static bool? Apply(ComparisonOperator op, Value? left, Value? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        return op switch
        {
            ComparisonOperator.Equal => AreEqual(left, right),
            ComparisonOperator.NotEqual => !AreEqual(left, right),
            ComparisonOperator.Less => Order(left, right) is { } order ? order < 0 : null,
            ComparisonOperator.LessOrEqual => Order(left, right) is { } order ? order <= 0 : null,
            ComparisonOperator.Greater => Order(left, right) is { } order ? order > 0 : null,
            ComparisonOperator.GreaterOrEqual => Order(left, right) is { } order ? order >= 0 : null,
            ComparisonOperator.In => Contains(right, left),
            ComparisonOperator.NotIn => !Contains(right, left),
            ComparisonOperator.Contains => Contains(left, right),
            _ => null,
        };
    }

    /// <summary>Scalar equality: strings ordinally, numbers numerically, booleans; anything else does not fit.</summary>
    private static bool? AreEqual(Value left, Value right) => (left, right) switch
    {
        (StringValue a, StringValue b) => string.Equals(a.Text, b.Text, StringComparison.Ordinal),
        (NumberValue a, NumberValue b) => a.Number.Equals(b.Number),
        (BooleanValue a, BooleanValue b) => a.Flag == b.Flag,
        _ => null,
    };

    private static int? Order(Value left, Value right) => (left, right) switch
    {
        (StringValue a, StringValue b) => string.CompareOrdinal(a.Text, b.Text),
        (NumberValue a, NumberValue b) => a.Number.CompareTo(b.Number),
        _ => null,
    };

    /// <summary>Substring of a string, element of a list, or key of a map.</summary>
    private static bool? Contains(Value container, Value item) => (container, item) switch
    {
        (StringValue text, StringValue part) => text.Text.Contains(part.Text, StringComparison.Ordinal),
        (ListValue list, StringValue or NumberValue or BooleanValue) =>
            list.Items.Any(element => element is not null && AreEqual(element, item) == true),
        (MapValue map, StringValue key) => map.Map.ContainsKey(key.Text),
        _ => null,
    };
}
