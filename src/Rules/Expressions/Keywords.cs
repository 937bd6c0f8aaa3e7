using System.Collections.Frozen;

namespace Router.Rules.Expressions;

/// <summary>The reserved words; matched case-insensitively, so no one-segment path may be spelled like them.</summary>
internal static class Keywords
{
    private static readonly FrozenDictionary<string, ExpressionToken> ByWord = new Dictionary<string, ExpressionToken>
    {
        ["AND"] = ExpressionToken.And,
        ["OR"] = ExpressionToken.Or,
        ["NOT"] = ExpressionToken.Not,
        ["IN"] = ExpressionToken.In,
        ["CONTAINS"] = ExpressionToken.Contains,
        ["MATCHES"] = ExpressionToken.Matches,
        ["HAS"] = ExpressionToken.Has,
        ["TRUE"] = ExpressionToken.True,
        ["FALSE"] = ExpressionToken.False,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static ExpressionToken? Find(string word) => ByWord.TryGetValue(word, out var kind) ? kind : null;
}
