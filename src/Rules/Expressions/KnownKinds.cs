namespace Router.Rules.Expressions;

/// <summary>The kind of each operand, as far as literals and declared paths tell.</summary>
internal sealed class KnownKinds(IReadOnlyDictionary<string, ValueKind> declared)
{
    private const string AnyKeySuffix = ".*";

    /// <summary>A literal's own kind; a path's declared kind, or its map's element kind; otherwise Any.</summary>
    public ValueKind Of(Operand operand) => operand switch
    {
        StringLiteral => ValueKind.String,
        NumberLiteral => ValueKind.Number,
        BooleanLiteral => ValueKind.Boolean,
        ListLiteral => ValueKind.List,
        PathOperand path when declared.TryGetValue(path.Path, out var kind) => kind,
        PathOperand { Segments.Length: > 1 } path
            when declared.TryGetValue(string.Join('.', path.Segments[..^1]) + AnyKeySuffix, out var element) => element,
        _ => ValueKind.Any,
    };

    public static bool IsScalar(ValueKind kind) => kind is ValueKind.String or ValueKind.Number or ValueKind.Boolean;

    /// <summary>How a message names an operand: a path in quotes, a literal as written.</summary>
    public string Describe(Operand operand) => operand is PathOperand path
        ? $"{Of(operand)} '{path.Path}'"
        : $"{Of(operand)} {ExpressionPrinter.Print(operand)}";
}
