using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Router.Channels.Fax;

namespace Router.Channels.Email;

/// <summary>Registers the mail reader; the email channel's registration calls it.</summary>
public static class MailReadingExtensions
{
    /// <summary>
    /// Adds <c>MailReader</c> with its options (<c>Router:Email:Reading</c>) and the fax gateways (<c>Router:Fax</c>),
    /// validated at start. Safe to call more than once.
    /// </summary>
    public static IHostApplicationBuilder AddMailReading(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(service => service.ServiceType == typeof(MailReader)))
        {
            return builder; // binding again would append every configured list (gateways, senders) a second time
        }

        builder.Services.AddOptions<MailReaderOptions>().BindConfiguration(MailReaderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddFaxGateways();
        builder.Services.AddSingleton<MailReader>();
        return builder;
    }
}
