using System.Text.RegularExpressions;
using CsCheck;
using Router.Rules.Expressions;

namespace Router.Rules.Tests.Expressions;

/// <summary>Random syntax trees over a small grammar, and random facts that use the same names.</summary>
internal static class ExpressionGenerators
{
    private static readonly string[] PathNames =
        ["channel", "priority", "vip", "skills", "skills.billing", "languages", "customer.tier", "attributes.region", "region", "a-b.c_d"];

    private static readonly string[] Texts = ["sms", "gold", "", "es", "billing", "it's", @"back\slash", "say \"hi\"", "12"];

    private static readonly string[] Patterns = ["^s", "(?i)GOLD", "e", @"\d", "it's", @"\\", "^$"];

    private static readonly string[] JsonScalars =
        ["\"sms\"", "\"gold\"", "\"\"", "\"es\"", "\"billing\"", "\"it's\"", "\"back\\\\slash\"", "\"12\"", "12", "4.5", "-3",
         "0", "1e308", "true", "false", "null", "\"\\u0000\"", "\"😀\""];

    public static readonly Gen<PathOperand> Path = Gen.OneOf(PathNames).Select(p => new PathOperand(p));

    public static readonly Gen<Literal> Scalar = Gen.Frequency(
        (3, Gen.OneOf(Texts).Select(t => (Literal)new StringLiteral(t))),
        (3, Gen.Int[-300, 1500].Select(i => (Literal)new NumberLiteral(i / 100m))),
        (1, Gen.Bool.Select(b => (Literal)new BooleanLiteral(b))));

    public static readonly Gen<Literal> List = Scalar.Array[0, 3].Select(items => (Literal)new ListLiteral([.. items]));

    public static readonly Gen<Operand> Operand = Gen.Frequency(
        (4, Path.Select(p => (Operand)p)),
        (3, Scalar.Select(l => (Operand)l)),
        (1, List.Select(l => (Operand)l)));

    /// <summary>One comparison or MATCHES, the conditions that read values.</summary>
    public static readonly Gen<Node> Comparison = Gen.Frequency(
        (6, Gen.Select(Operand, Gen.Enum<ComparisonOperator>(), Operand, Path, List).Select(MakeComparison)),
        (1, Gen.Select(Operand, Gen.OneOf(Patterns)).Select((left, pattern) =>
            (Node)new MatchNode(left, new Regex(pattern, RegexOptions.CultureInvariant, ExpressionOptions.Default.RegexTimeout)))));

    private static readonly Gen<Node> Leaf = Gen.Frequency(
        (6, Comparison),
        (2, Path.Select(p => (Node)new HasNode(p))),
        (1, Gen.Bool.Select(b => (Node)new ConstantNode(b))));

    public static readonly Gen<Node> Condition = ConditionOf(depth: 4);

    /// <summary>JSON objects whose keys overlap the generated paths, at the top level and under "attributes".</summary>
    public static readonly Gen<string> FactsJson = ObjectOf(
        ["channel", "priority", "vip", "skills", "billing", "languages", "customer", "tier", "region", "a-b", "c_d", "attributes"], depth: 3);

    /// <summary>JSON objects that share no key with any generated path.</summary>
    public static readonly Gen<string> UnrelatedFactsJson = ObjectOf(["other", "attributes", "misc"], depth: 2);

    private static Node MakeComparison(Operand left, ComparisonOperator op, Operand right, PathOperand path, Literal list) =>
        op is ComparisonOperator.In or ComparisonOperator.NotIn
            ? new ComparisonNode(left, op, right is PathOperand ? path : list)
            : new ComparisonNode(left, op, right);

    private static Gen<Node> ConditionOf(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (3, Leaf),
            (1, ConditionOf(depth - 1).Select(n => (Node)new NotNode(n))),
            (2, Gen.Select(ConditionOf(depth - 1), ConditionOf(depth - 1)).Select((l, r) => (Node)new AndNode(l, r))),
            (2, Gen.Select(ConditionOf(depth - 1), ConditionOf(depth - 1)).Select((l, r) => (Node)new OrNode(l, r))));

    private static Gen<string> ValueOf(string[] keys, int depth) => depth == 0
        ? Gen.OneOf(JsonScalars)
        : Gen.Frequency(
            (5, Gen.OneOf(JsonScalars)),
            (1, ValueOf(keys, depth - 1).Array[0, 3].Select(items => $"[{string.Join(",", items)}]")),
            (2, ObjectOf(keys, depth - 1)));

    private static Gen<string> ObjectOf(string[] keys, int depth) =>
        Gen.Select(Gen.OneOf(keys), ValueOf(keys, depth)).Array[0, 6].Select(members =>
            $"{{{string.Join(",", members.DistinctBy(m => m.Item1).Select(m => $"\"{m.Item1}\":{m.Item2}"))}}}");
}
