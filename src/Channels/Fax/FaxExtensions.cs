using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Router.Channels.Fax;

/// <summary>Registers the fax-to-email gateways the mail reader consults.</summary>
public static class FaxExtensions
{
    /// <summary>Binds and validates <c>Router:Fax</c> (at start); no gateways configured means no mail is read as fax.</summary>
    public static IServiceCollection AddFaxGateways(this IServiceCollection services)
    {
        if (services.Any(service => service.ImplementationType == typeof(FaxOptionsValidator)))
        {
            return services; // binding again would append every gateway and sender a second time
        }

        services.AddOptions<FaxOptions>().BindConfiguration(FaxOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<FaxOptions>, FaxOptionsValidator>();
        return services;
    }
}
