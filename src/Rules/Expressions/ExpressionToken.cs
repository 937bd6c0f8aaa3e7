namespace Router.Rules.Expressions;

/// <summary>The kinds of token the tokenizer produces.</summary>
internal enum ExpressionToken
{
    None,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    String,
    Number,
    Path,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
    Not,
    In,
    Contains,
    Matches,
    Has,
    True,
    False,
}
