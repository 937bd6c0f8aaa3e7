using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Router.Channels.Fax;

/// <summary>Registers the fax-to-email gateways the mail reader consults.</summary>
public static class FaxExtensions
{
    /// <summary>Binds and validates <c>Router:Fax</c> (at start); no gateways configured means no mail is read as fax.</summary>
    public static IServiceCollection AddFaxGateways(this IServiceCollection services)
    {
        services.AddOptions<FaxOptions>().BindConfiguration(FaxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaxOptions>, FaxOptionsValidator>());
        return services;
    }
}
