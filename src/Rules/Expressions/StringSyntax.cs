using System.Text;

namespace Router.Rules.Expressions;

/// <summary>Quoting of string literals, shared by the parser and the printer so that they agree.</summary>
internal static class StringSyntax
{
    /// <summary>
    /// The text of a quoted token. Only <c>\'</c>, <c>\"</c> and <c>\\</c> are escapes; any other backslash is kept,
    /// so a regex such as <c>'\d+'</c> means what its author meant.
    /// </summary>
    public static string Unquote(string token)
    {
        var text = new StringBuilder(token.Length);
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (token[i] == '\\' && token[i + 1] is '\'' or '"' or '\\')
            {
                i++;
            }

            text.Append(token[i]);
        }

        return text.ToString();
    }

    /// <summary>The canonical literal: single quotes, with every backslash and single quote escaped.</summary>
    public static string Quote(string text) => $"'{text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", @"\'", StringComparison.Ordinal)}'";
}
