using System.Net;

namespace Router.Channels.Email;

/// <summary>
/// Reads HTML without building a DOM, for markup nested so deep that an HTML parser would spend minutes on it
/// (block elements thousands deep make tree construction quadratic; no real mail nests like that). Tags become
/// spaces or line breaks, script, style and comments are dropped, entities are decoded.
/// </summary>
internal static class FlatHtmlText
{
    /// <summary>Deeper estimated nesting is read flat.</summary>
    public const int MaxNesting = 1_000;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements, and those whose end tag is optional because the next one closes them
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "!doctype",
    };

    private static readonly HashSet<string> Breaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "hr",
    };

    /// <summary>True when start tags minus end tags exceed <see cref="MaxNesting"/> anywhere in the document.</summary>
    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0; at = html.IndexOf('<', at + 1))
        {
            var (name, closing, selfClosing, _) = Tag(html, at);
            if (name.Length == 0 || NotNesting.Contains(name) || selfClosing)
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > MaxNesting)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of <paramref name="html"/>, read flat.</summary>
    public static string ToPlainText(string html)
    {
        var writer = new PlainTextWriter();
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            var textEnd = open < 0 ? html.Length : open;
            writer.Write(WebUtility.HtmlDecode(html[at..textEnd]));
            if (open < 0)
            {
                break;
            }

            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                at = After(html, open, "-->");
                continue;
            }

            var (name, closing, _, end) = Tag(html, open);
            at = end;
            if (name.Length == 0)
            {
                writer.Write("<"); // "a < b" is text
            }
            else if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                at = After(html, at, $"</{name}");
                at = After(html, at - 1, ">");
            }
            else if (Breaking.Contains(name))
            {
                writer.Break(1);
            }
            else
            {
                writer.Space();
            }
        }

        return writer.ToString();
    }

    private static int After(string html, int from, string marker)
    {
        var found = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? html.Length : found + marker.Length;
    }

    // The tag starting at '<': its name (empty if this '<' starts no tag), whether it closes or closes itself, and the index after '>'.
    private static (string Name, bool Closing, bool SelfClosing, int End) Tag(string html, int open)
    {
        var closing = open + 1 < html.Length && html[open + 1] == '/';
        var start = open + (closing ? 2 : 1);
        var nameEnd = start;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '!'))
        {
            nameEnd++;
        }

        if (nameEnd == start)
        {
            return ("", false, false, open + 1);
        }

        var close = html.IndexOf('>', nameEnd);
        var end = close < 0 ? html.Length : close + 1;
        return (html[start..nameEnd], closing, close > 0 && html[close - 1] == '/', end);
    }
}
