using System.ComponentModel.DataAnnotations;

namespace Router.Channels.Sms;

/// <summary>
/// The <c>Router:Sms:Twilio</c> section: the Twilio account. An empty <see cref="AccountSid"/> leaves the channel off:
/// the webhooks answer 503 and replies are refused. Secrets come from the environment
/// (<c>Router__Sms__Twilio__AuthToken</c>, <c>Router__Sms__Twilio__ApiKeySecret</c>).
/// </summary>
public sealed class TwilioOptions
{
    /// <summary>The config section.</summary>
    public const string SectionName = "Router:Sms:Twilio";

    /// <summary>Twilio's REST API. <value>https://api.twilio.com</value></summary>
    public const string DefaultApiBaseUrl = "https://api.twilio.com";

    /// <summary>The account (<c>AC…</c>); empty: the SMS channel is off. <value>empty</value></summary>
    [RegularExpression("^(AC[0-9A-Za-z]{32})?$", ErrorMessage = "Router:Sms:Twilio:AccountSid must be AC followed by 32 letters or digits.")]
    public string? AccountSid { get; set; }

    /// <summary>The account's auth token: signs every webhook Twilio sends, and authenticates API calls unless an API key is set.</summary>
    public string? AuthToken { get; set; }

    /// <summary>An API key (<c>SK…</c>) to call the REST API with instead of the auth token; optional.</summary>
    public string? ApiKeySid { get; set; }

    /// <summary>The secret of <see cref="ApiKeySid"/>.</summary>
    public string? ApiKeySecret { get; set; }

    /// <summary>Where the REST API is; tests point it at a local fake. <value><see cref="DefaultApiBaseUrl"/></value></summary>
    [Required]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>
    /// The URL at which Twilio reaches this router's root (<c>https://router.example.com</c>), as configured in the Twilio
    /// console. Signatures are checked against it, not against the address the request arrived at, so a reverse proxy
    /// in front does not break them; status callbacks are sent to it. Required when the channel is on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long one API call may take before its outcome counts as unknown (never resent). <value>15</value></summary>
    [Range(1, 120)]
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>Retries after a 429, a 5xx or a failed connect. <value>3</value></summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; it doubles per retry, with jitter. <value>500</value></summary>
    [Range(1, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 500;

    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the reply is refused as rate-limited. <value>30</value></summary>
    [Range(0, 600)]
    public int MaxRetryAfterSeconds { get; set; } = 30;

    /// <summary>True when an account is configured.</summary>
    public bool Enabled => !string.IsNullOrEmpty(AccountSid);
}
