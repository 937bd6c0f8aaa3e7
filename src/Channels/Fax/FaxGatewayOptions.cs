namespace Router.Channels.Fax;

/// <summary>
/// One fax-to-email gateway: which mail it sends (sender and/or subject) and where in that mail the sending fax
/// number is written.
/// </summary>
public sealed class FaxGatewayOptions
{
    /// <summary>Names the gateway in item attributes and logs.</summary>
    public string Name { get; set; } = "";

    /// <summary>False leaves the gateway configured but unused. <value>true</value></summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Sender addresses (<c>fax@gw.example</c>) or domains (<c>@gw.example</c> or <c>gw.example</c>, subdomains included)
    /// the gateway sends from; empty: any sender (then <see cref="SubjectPattern"/> must be set).
    /// </summary>
    public IList<string> Senders { get; } = [];

    /// <summary>A regular expression the subject must match (case-insensitive); null: any subject.</summary>
    public string? SubjectPattern { get; set; }

    /// <summary>
    /// A regular expression with a group named <c>number</c> that captures the sending fax number, tried on the
    /// subject, then the text; null, or no match: the first phone number found in the subject, the text or the
    /// sender's local part.
    /// </summary>
    public string? NumberPattern { get; set; }

    /// <summary>Region (ISO 3166 alpha-2) for numbers written without a country code; null: <see cref="FaxOptions.DefaultRegion"/>.</summary>
    public string? Region { get; set; }
}
