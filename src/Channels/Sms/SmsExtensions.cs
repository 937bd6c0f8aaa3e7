using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.Sms;

/// <summary>Registers the SMS channel (<c>builder.AddSmsChannel()</c>) and maps Twilio's webhooks (<c>app.MapSmsWebhooks()</c>).</summary>
public static class SmsExtensions
{
    /// <summary>Twilio's inbound-message webhook; <c>/fallback</c> (same handling) and <c>/status</c> sit below it.</summary>
    public const string WebhookPath = "/webhooks/twilio/sms";

    /// <summary>
    /// Adds the options (<c>Router:Sms</c>, <c>Router:Sms:Twilio</c>, validated at start), the webhook handlers, and
    /// <see cref="IOutboundChannel"/> for <see cref="ChannelKind.Sms"/> over the <c>twilio</c> HTTP client and its
    /// <c>twilio-sms</c> resilience pipeline. Needs <see cref="IInboundSink"/> and <see cref="IChannelState"/> from the host.
    /// </summary>
    public static IHostApplicationBuilder AddSmsChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>();
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SmsOptOuts>();
        services.AddSingleton<DeliveryStatuses>();
        services.AddSingleton<SmsInboundHandler>();
        services.AddSingleton<SmsStatusHandler>();
        services.AddSingleton<TwilioMessagesApi>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboundChannel, TwilioSmsChannel>());
        services.AddHttpClient(TwilioMessagesApi.ClientName, (sp, client) =>
            {
                client.BaseAddress = TwilioMessagesApi.BaseAddress(sp.GetRequiredService<IOptions<TwilioOptions>>().Value);
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline times each attempt; a whole-call timeout would hide which
            })
            .AddResilienceHandler(TwilioResilience.PipelineName, (pipeline, context) => TwilioResilience.Configure(
                pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TwilioResilience).FullName!)));
        return builder;
    }

    /// <summary>
    /// Maps <c>POST /webhooks/twilio/sms</c> (inbound), <c>/webhooks/twilio/sms/fallback</c> (Twilio's fallback URL,
    /// handled the same, idempotent on MessageSid) and <c>/webhooks/twilio/sms/status</c> (delivery status callbacks):
    /// anonymous, outside <c>/v1</c>, each behind the signature check.
    /// </summary>
    public static IEndpointRouteBuilder MapSmsWebhooks(this IEndpointRouteBuilder endpoints)
    {
        var twilio = endpoints.MapGroup(WebhookPath).AllowAnonymous().AddEndpointFilter<TwilioWebhookFilter>().ExcludeFromDescription();
        twilio.MapPost("", (HttpContext http, SmsInboundHandler inbound) => inbound.HandleAsync(http));
        twilio.MapPost("/fallback", (HttpContext http, SmsInboundHandler inbound) => inbound.HandleAsync(http));
        twilio.MapPost("/status", (HttpContext http, SmsStatusHandler status) => status.HandleAsync(http));
        return endpoints;
    }
}
