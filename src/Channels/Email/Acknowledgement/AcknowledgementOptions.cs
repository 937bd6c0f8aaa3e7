using System.ComponentModel.DataAnnotations;

namespace Router.Channels.Email.Acknowledgement;

/// <summary>The automatic "we got your message" reply (<c>Router:Email:Acknowledgement</c>).</summary>
public sealed class AcknowledgementOptions
{
    /// <summary>Send acknowledgements at all. <value>false</value></summary>
    public bool Enabled { get; set; }

    /// <summary>Subject; <c>{subject}</c> is the customer's subject, <c>{itemId}</c> the item reference.</summary>
    [Required]
    public string Subject { get; set; } = "Re: {subject} [{itemId}]";

    /// <summary>Plain-text body, with the same placeholders.</summary>
    [Required]
    public string Template { get; set; } =
        "Thank you for your message. We have received it and will answer as soon as we can.\n\nYour reference: {itemId}\n";

    /// <summary>At most this many acknowledgements per sender address per day (0: none). <value>3</value></summary>
    [Range(0, 1000)]
    public int PerSenderPerDay { get; set; } = 3;

    /// <summary>Fills the placeholders of <paramref name="template"/>.</summary>
    internal static string Fill(string template, string itemId, string? subject) =>
        template.Replace("{itemId}", itemId, StringComparison.Ordinal)
            .Replace("{subject}", string.IsNullOrWhiteSpace(subject) ? "your message" : subject, StringComparison.Ordinal);
}
