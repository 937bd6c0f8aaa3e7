using System.ComponentModel.DataAnnotations;

namespace Router.Channels.Sms;

/// <summary>
/// The <c>Router:Sms</c> section: how SMS messages are read and answered, whatever the provider. Read through
/// <c>IOptionsMonitor</c>, so supervisors' edits of the texts apply without a restart.
/// </summary>
public sealed class SmsOptions
{
    /// <summary>The config section.</summary>
    public const string SectionName = "Router:Sms";

    /// <summary>The most characters one SMS reply may have: Twilio refuses bodies over 1,600.</summary>
    public const int MaxBodyLength = 1600;

    /// <summary>Region (ISO 3166 code) for numbers written without a country code. <value>US</value></summary>
    [Required]
    public string DefaultRegion { get; set; } = "US";

    /// <summary>Sent back (as TwiML) when a message creates a new item; empty: no automatic answer. <value>empty</value></summary>
    [MaxLength(MaxBodyLength)]
    public string? AutoReply { get; set; }

    /// <summary>The answer to HELP and INFO; empty: none (Twilio's own HELP answer, if enabled, still goes out). <value>empty</value></summary>
    [MaxLength(MaxBodyLength)]
    public string? HelpText { get; set; }

    /// <summary>
    /// Largest webhook body accepted (413 above). Twilio's are a few KiB; the limit bounds what an unsigned caller can
    /// make the router read before the signature is checked. <value>32 KiB</value>
    /// </summary>
    [Range(1024, 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 32 * 1024;
}
