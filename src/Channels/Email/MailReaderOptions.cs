using System.ComponentModel.DataAnnotations;

namespace Router.Channels.Email;

/// <summary>How mail is read into items (config section <c>Router:Email:Reading</c>).</summary>
public sealed class MailReaderOptions
{
    /// <summary>The config section.</summary>
    public const string SectionName = "Router:Email:Reading";

    /// <summary>Default for <see cref="MaxAttachmentBytes"/>.</summary>
    public const long DefaultMaxAttachmentBytes = 10 * 1024 * 1024;

    /// <summary>Default for <see cref="SubjectThreadDays"/>.</summary>
    public const int DefaultSubjectThreadDays = 7;

    /// <summary>Default for <see cref="MaxTextCharacters"/>.</summary>
    public const int DefaultMaxTextCharacters = 100_000;

    /// <summary>Default for <see cref="MaxAttachments"/>.</summary>
    public const int DefaultMaxAttachments = 100;

    /// <summary>Attachments larger than this (decoded) are listed as rejected and not kept. <value>10 MiB</value></summary>
    [Range(1, long.MaxValue)]
    public long MaxAttachmentBytes { get; set; } = DefaultMaxAttachmentBytes;

    /// <summary>
    /// How long a mail from the same sender with the same normalised subject joins an open item when it names no
    /// earlier Message-ID; 0 turns sender+subject threading off. <value>7</value>
    /// </summary>
    [Range(0, 365)]
    public int SubjectThreadDays { get; set; } = DefaultSubjectThreadDays;

    /// <summary>Longer text is cut here, with a note saying how much was left out. <value>100 000</value></summary>
    [Range(1_000, 10_000_000)]
    public int MaxTextCharacters { get; set; } = DefaultMaxTextCharacters;

    /// <summary>Attachments listed per mail; the rest are only counted. <value>100</value></summary>
    [Range(1, 10_000)]
    public int MaxAttachments { get; set; } = DefaultMaxAttachments;
}
