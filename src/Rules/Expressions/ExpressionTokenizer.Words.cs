using System.Globalization;
using Superpower.Model;

namespace Router.Rules.Expressions;

// The tokens that are scanned character by character: numbers, and paths or the keywords they may turn out to be.
internal sealed partial class ExpressionTokenizer
{
    private static Result<ExpressionToken> ReadNumber(TextSpan start)
    {
        var text = start.Source!;
        var begin = start.Position.Absolute;
        var end = SkipDigits(text, begin + (text[begin] == '-' ? 1 : 0));
        if (end == begin + 1 && text[begin] == '-')
        {
            return Error(start, $"Expected digits after '-' at column {Column(start)}");
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end = SkipDigits(text, end + 1);
        }

        var number = text[begin..end];
        return decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? Take(start, end - begin, ExpressionToken.Number)
            : Error(start, $"Number '{number}' at column {Column(start)} is too large");
    }

    private static Result<ExpressionToken> ReadWord(TextSpan start)
    {
        var text = start.Source!;
        var begin = start.Position.Absolute;
        var end = SkipName(text, begin);
        while (end < text.Length && text[end] == '.')
        {
            if (end + 1 == text.Length || !IsNameStart(text[end + 1]))
            {
                return Error(start.Skip(end - begin), $"Expected a name after '.' at column {end + 1}");
            }

            end = SkipName(text, end + 1);
        }

        return Take(start, end - begin, Keywords.Find(text[begin..end]) ?? ExpressionToken.Path);
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipName(string text, int i)
    {
        i++;
        while (i < text.Length && (IsNameStart(text[i]) || char.IsAsciiDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i;
    }

    private static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);
}
