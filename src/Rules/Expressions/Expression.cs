using System.Text.Json.Nodes;

namespace Router.Rules.Expressions;

/// <summary>A parsed routing expression: immutable, thread-safe and reusable. See README.md for the language.</summary>
public sealed class Expression
{
    private readonly string text;

    internal Expression(Node root)
    {
        Root = root;
        text = ExpressionPrinter.Print(root);
        Paths = [.. SyntaxWalker.Conditions(root).SelectMany(SyntaxWalker.Operands).OfType<PathOperand>().Select(p => p.Path).Distinct()];
        IsConstantTrue = ConstantFolder.Fold(root) == true;
    }

    /// <summary>Every dotted path the expression reads, such as <c>customer.tier</c>, once each, in source order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>True when the expression is true whatever the facts: <c>true</c>, <c>true OR x</c>, <c>NOT false</c>.</summary>
    public bool IsConstantTrue { get; }

    internal Node Root { get; }

    /// <summary>Parses <paramref name="text"/>; never throws on bad text, but reports the first error with its column.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options' regex timeout is zero, negative or too long.</exception>
    public static ParseResult Parse(string text, ExpressionOptions? options = null)
    {
        options ??= ExpressionOptions.Default;
        if (!options.HasValidTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.RegexTimeout, "The regex timeout must be positive.");
        }

        return ExpressionParser.Parse(text, options);
    }

    /// <summary>Whether <paramref name="facts"/> satisfy the expression. Never throws.</summary>
    /// <remarks>
    /// <para>A path is looked up segment by segment through nested objects. When its first segment is not a
    /// property of <paramref name="facts"/> but <paramref name="facts"/> has an <c>attributes</c> object, the whole
    /// path is looked up there instead, so <c>customer.tier</c> finds <c>attributes.customer.tier</c>.</para>
    /// <para>A path that is absent, passes through a non-object, or holds JSON null is missing. Every comparison
    /// (<c>== != &lt; &lt;= &gt; &gt;= IN NOT IN CONTAINS MATCHES</c>) with a missing side is false, <c>!=</c> and
    /// <c>NOT IN</c> included; <c>NOT</c> then inverts as usual, and <c>HAS</c> tests presence.</para>
    /// <para>Sides of the wrong kind make the comparison false too: numbers compare numerically (<c>4 == 4.0</c>),
    /// strings ordinally and case-sensitively, booleans only with <c>==</c> and <c>!=</c>; lists and maps only
    /// with IN and CONTAINS. <c>a CONTAINS b</c> and <c>b IN a</c> mean the same: substring of a string, element
    /// of a list, or key of a map. A MATCHES that exceeds its timeout is false.</para>
    /// <para>A null <paramref name="facts"/> is read as no facts at all.</para>
    /// </remarks>
    public bool Evaluate(JsonObject facts) => Evaluator.Evaluate(Root, facts ?? []);

    /// <summary>Reports comparisons that can never be true given the declared kinds of paths.</summary>
    /// <param name="knownPaths">
    /// Declared kinds by path; a key <c>skills.*</c> declares the kind of every <c>skills.x</c>. Others are Any.
    /// </param>
    public IReadOnlyList<Diagnostic> Check(IReadOnlyDictionary<string, ValueKind> knownPaths)
    {
        ArgumentNullException.ThrowIfNull(knownPaths);
        return TypeChecker.Check(Root, knownPaths);
    }

    /// <summary>Why the expression does not hold for <paramref name="facts"/>: the first failing clause and the values it saw.</summary>
    public string Explain(JsonObject facts) => Explainer.WhyNot(Root, facts ?? []);

    /// <summary>The canonical text, which parses back to an expression with the same text and meaning.</summary>
    public override string ToString() => text;
}
