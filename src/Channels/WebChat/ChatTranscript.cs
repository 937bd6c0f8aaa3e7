namespace Router.Channels.WebChat;

/// <summary>A chat session as stored: the item that holds the conversation now, and its latest lines, oldest first.</summary>
internal sealed record ChatTranscript(string? ItemId, IReadOnlyList<ChatLine> Lines)
{
    /// <summary>True when a line with this author and id is already there (a resend, or a retried reply).</summary>
    public bool Has(string from, string id) =>
        Lines.Any(l => string.Equals(l.Id, id, StringComparison.Ordinal) && string.Equals(l.From, from, StringComparison.Ordinal));
}
