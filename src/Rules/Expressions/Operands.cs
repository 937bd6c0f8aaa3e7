using System.Collections.Immutable;
using System.Globalization;

namespace Router.Rules.Expressions;

/// <summary>One side of a comparison: a path into the facts or a literal.</summary>
internal abstract record Operand(int Column);

internal sealed record PathOperand(string Path, int Column = 0) : Operand(Column)
{
    public ImmutableArray<string> Segments { get; } = [.. Path.Split('.')];
}

/// <summary>A literal, holding the run-time <see cref="Value"/> it stands for so evaluation never converts it.</summary>
internal abstract record Literal(int Column) : Operand(Column)
{
    public abstract Value Value { get; }
}

internal sealed record StringLiteral(string Text, int Column = 0) : Literal(Column)
{
    public override Value Value { get; } = new StringValue(Text);
}

/// <summary>A number literal: decimal, so that printing it gives back exactly the digits that were written.</summary>
internal sealed record NumberLiteral(decimal Number, int Column = 0) : Literal(Column)
{
    public override Value Value { get; } = new NumberValue((double)Number);

    public string Text => Number.ToString(CultureInfo.InvariantCulture);
}

internal sealed record BooleanLiteral(bool Flag, int Column = 0) : Literal(Column)
{
    public override Value Value { get; } = new BooleanValue(Flag);
}

internal sealed record ListLiteral(ImmutableArray<Literal> Items, int Column = 0) : Literal(Column)
{
    public override Value Value { get; } = new ListValue(Items.Select(item => (Value?)item.Value).ToArray());
}
