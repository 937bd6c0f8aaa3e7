using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Router.Channels.Email;

/// <summary>
/// Turns an HTML mail body into the plain text an agent reads: no tags, scripts, styles, comments or hidden
/// preheaders; entities decoded; paragraphs, line breaks and list items kept; link targets shown after their text.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "template", "noscript", "title", "iframe", "object", "embed", "svg", "math", "canvas",
        "select", "button",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "dl", "pre", "hr", "figure", "address",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal)
    {
        "br", "div", "tr", "li", "dt", "dd", "section", "article", "header", "footer", "main", "nav", "aside", "center",
        "form", "fieldset", "caption", "figcaption", "tbody", "thead", "tfoot",
    };

    /// <summary>The text of <paramref name="html"/>.</summary>
    public static string ToPlainText(string html)
    {
        if (FlatHtmlText.IsTooDeep(html))
        {
            return FlatHtmlText.ToPlainText(html);
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var writer = new PlainTextWriter();

        // An explicit stack, not recursion: nesting up to FlatHtmlText.MaxNesting must not cost a deep call stack.
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((document.DocumentElement, false));
        var preformatted = 0;
        while (pending.TryPop(out var step))
        {
            if (step.Node is IElement leaving && step.Leaving)
            {
                preformatted -= leaving.LocalName == "pre" ? 1 : 0;
                Leave(leaving, writer);
                continue;
            }

            switch (step.Node)
            {
                case IText text when preformatted > 0:
                    writer.WritePreformatted(text.Data);
                    break;
                case IText text:
                    writer.Write(text.Data);
                    break;
                case IElement element when !Dropped.Contains(element.LocalName) && !IsHidden(element):
                    preformatted += element.LocalName == "pre" ? 1 : 0;
                    Enter(element, writer);
                    pending.Push((element, true));
                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push((child, false));
                    }

                    break;
                default:
                    break; // comments, processing instructions, dropped and hidden elements
            }
        }

        return writer.ToString();
    }

    private static void Enter(IElement element, PlainTextWriter writer)
    {
        BreakAround(element.LocalName, writer);
        if (element.LocalName == "li")
        {
            writer.Write("- ");
        }
        else if (element.LocalName is "td" or "th")
        {
            writer.Space();
        }
    }

    private static void Leave(IElement element, PlainTextWriter writer)
    {
        BreakAround(element.LocalName, writer);
        if (element.LocalName == "a" && LinkTarget(element) is { } target)
        {
            writer.Space();
            writer.Write($"({target})");
        }
        else if (element.LocalName is "td" or "th")
        {
            writer.Space();
        }
    }

    private static void BreakAround(string name, PlainTextWriter writer) =>
        writer.Break(Paragraphs.Contains(name) ? 2 : Lines.Contains(name) ? 1 : 0);

    // Shown only when the text does not already say where the link goes, so agents can see where a link really leads.
    private static string? LinkTarget(IElement anchor)
    {
        var href = anchor.GetAttribute("href")?.Trim();
        if (href is null
            || !(href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var text = anchor.TextContent.Trim();
        return text.Length == 0 || string.Equals(Bare(text), Bare(href), StringComparison.OrdinalIgnoreCase) ? null : href;

        static string Bare(string url) => url.Replace("https://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null
            && (style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Replace(" ", "", StringComparison.Ordinal).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }
}
