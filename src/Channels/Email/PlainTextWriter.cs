using System.Text;

namespace Router.Channels.Email;

/// <summary>
/// Builds plain text the way a browser lays HTML out: runs of white space become one space, block boundaries become
/// line breaks, and breaks or spaces are only written once text follows them (so none lead or trail).
/// </summary>
internal sealed class PlainTextWriter
{
    private readonly StringBuilder text = new();
    private int pendingBreaks;
    private bool pendingSpace;

    /// <summary>Writes flowing text: white space collapses, invisible formatting characters are dropped.</summary>
    public void Write(string flowing)
    {
        foreach (var c in flowing)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else if (!IsInvisible(c))
            {
                Flush();
                text.Append(c);
            }
        }
    }

    /// <summary>Writes preformatted text as it is (only its line endings normalised).</summary>
    public void WritePreformatted(string preformatted)
    {
        if (preformatted.Length == 0)
        {
            return;
        }

        Flush();
        text.Append(preformatted.ReplaceLineEndings("\n"));
    }

    /// <summary>Ends the line (1) or the paragraph (2) before the next text.</summary>
    public void Break(int lines) => pendingBreaks = Math.Max(pendingBreaks, lines);

    /// <summary>Separates what follows from what precedes by at least a space (table cells, list bullets).</summary>
    public void Space() => pendingSpace = true;

    /// <inheritdoc />
    public override string ToString() => text.ToString();

    // Zero-width and direction marks pad e-mail "preheaders" and break words invisibly; agents need none of them.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u034F' or '\u00AD'
        || char.IsControl(c);

    private void Flush()
    {
        if (text.Length == 0)
        {
            pendingBreaks = 0;
            pendingSpace = false;
            return;
        }

        if (pendingBreaks > 0)
        {
            while (text.Length > 0 && text[^1] == ' ')
            {
                text.Length--;
            }

            var already = text.Length > 0 && text[^1] == '\n' ? 1 : 0;
            text.Append('\n', Math.Max(0, pendingBreaks - already));
        }
        else if (pendingSpace && text[^1] is not ('\n' or ' '))
        {
            text.Append(' ');
        }

        pendingBreaks = 0;
        pendingSpace = false;
    }
}
