using Microsoft.Extensions.Options;

namespace Router.Channels.Fax;

/// <summary>The enabled gateways, in configured order.</summary>
internal sealed class FaxGateways(IOptions<FaxOptions> options)
{
    private readonly FaxGateway[] gateways = options.Value.Gateways
        .Where(gateway => gateway.Enabled)
        .Select(gateway => new FaxGateway(gateway, options.Value.DefaultRegion))
        .ToArray();

    /// <summary>Region for numbers without a country code when no gateway names one.</summary>
    public string DefaultRegion { get; } = options.Value.DefaultRegion;

    /// <summary>The first gateway that sends mail like this, or null.</summary>
    public FaxGateway? Find(string sender, string subject) => gateways.FirstOrDefault(gateway => gateway.Matches(sender, subject));
}
