using System.ComponentModel.DataAnnotations;

namespace Router.Channels.Fax;

/// <summary>Fax-to-email gateways whose mail becomes fax items (config section <c>Router:Fax</c>).</summary>
public sealed class FaxOptions
{
    /// <summary>The config section.</summary>
    public const string SectionName = "Router:Fax";

    /// <summary>Default for <see cref="DefaultRegion"/>.</summary>
    public const string DefaultDefaultRegion = "US";

    /// <summary>
    /// Region (ISO 3166 alpha-2) for numbers written without a country code, when the gateway names none. <value>US</value>
    /// </summary>
    [Required]
    [RegularExpression("^[A-Z]{2}$")]
    public string DefaultRegion { get; set; } = DefaultDefaultRegion;

    /// <summary>The gateways, tried in order; the first that matches a mail reads it.</summary>
    public IList<FaxGatewayOptions> Gateways { get; } = [];
}
