namespace Router.Channels.WebChat;

/// <summary>
/// What a visitor's message may be. It is stored exactly as sent (never escaped, trimmed or rendered), so the only
/// rules are: not blank, not too long, valid Unicode, and no control characters but newline and tab.
/// </summary>
internal static class ChatText
{
    /// <summary>Why the text cannot be accepted, worded for the visitor; null when it can.</summary>
    public static string? Problem(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "The message is empty.";
        }

        if (text.Length > maxLength)
        {
            return $"The message is too long: at most {maxLength} characters, this one has {text.Length}.";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "The message is not valid Unicode (it holds half of a surrogate pair).";
            }
            else if (char.IsControl(c) && c is not ('\n' or '\t'))
            {
                return $"The message holds a control character (U+{(int)c:X4}); only newline and tab are allowed.";
            }
        }

        return null;
    }
}
