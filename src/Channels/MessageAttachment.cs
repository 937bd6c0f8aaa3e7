namespace Router.Channels;

/// <summary>A file that came with a message. The router keeps the reference, never the bytes.</summary>
/// <param name="Name">File name as the sender gave it (may be empty).</param>
/// <param name="ContentType">MIME type, e.g. <c>application/pdf</c>.</param>
/// <param name="Size">Size in bytes, when known.</param>
public sealed record MessageAttachment(string Name, string ContentType, long? Size)
{
    /// <summary>Where the content can be fetched (an IMAP part locator, a Twilio media URL …); null when rejected.</summary>
    public string? Reference { get; init; }

    /// <summary>Pages of a fax document, counted from its PDF or TIFF.</summary>
    public int? Pages { get; init; }

    /// <summary>Why the attachment was not kept (e.g. over the size limit); null when it was.</summary>
    public string? Rejected { get; init; }
}
