namespace Router.Channels.Email;

/// <summary>How mail is read into items (config section <c>Router:Email:Reading</c>).</summary>
public sealed class MailReaderOptions
{
    /// <summary>The config section.</summary>
    public const string SectionName = "Router:Email:Reading";

    /// <summary>Attachments larger than this are listed as rejected and not kept. <value>10 MiB</value></summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
}
