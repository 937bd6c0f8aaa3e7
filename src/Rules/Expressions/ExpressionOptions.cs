using System.Text.RegularExpressions;

namespace Router.Rules.Expressions;

/// <summary>How <see cref="Expression.Parse"/> builds an expression.</summary>
/// <param name="RegexTimeout">
/// How long one <c>MATCHES</c> may run before it gives up and evaluates to false. Must be positive or
/// <see cref="Regex.InfiniteMatchTimeout"/>.
/// </param>
public sealed record ExpressionOptions(TimeSpan RegexTimeout)
{
    // Long enough for any sane pattern, short enough that a runaway one cannot stall routing.
    private const int DefaultRegexTimeoutMilliseconds = 50;

    /// <summary>The options used when none are given.</summary>
    /// <value>A <see cref="RegexTimeout"/> of 50 ms.</value>
    public static ExpressionOptions Default { get; } = new(TimeSpan.FromMilliseconds(DefaultRegexTimeoutMilliseconds));

    internal bool HasValidTimeout =>
        RegexTimeout == Regex.InfiniteMatchTimeout ||
        (RegexTimeout > TimeSpan.Zero && RegexTimeout.TotalMilliseconds < int.MaxValue);
}
