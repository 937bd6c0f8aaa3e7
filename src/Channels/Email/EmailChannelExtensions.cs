using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using Router.Channels.Email.Acknowledgement;
using Router.Channels.Email.Imap;
using Router.Channels.Email.Smtp;

namespace Router.Channels.Email;

/// <summary>Registers the email channel: <c>builder.AddEmailChannel()</c>.</summary>
public static class EmailChannelExtensions
{
    /// <summary>
    /// Adds IMAP ingest for every mailbox in <c>Router:Email:Mailboxes</c> (none: nothing runs), SMTP replies as the
    /// <see cref="IOutboundChannel"/> of <c>email</c> and <c>fax</c> (also keyed by <see cref="ChannelKind"/>),
    /// acknowledgements, and the <c>email</c> health check (tagged <c>ready</c>).
    /// </summary>
    public static IHostApplicationBuilder AddEmailChannel(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        builder.AddMailReading();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<MailboxStatusBoard>();
        services.AddSingleton<MailDisposal>();
        services.AddSingleton<MessageIngest>();
        services.AddSingleton<FolderSync>();
        services.AddSingleton<FolderWatcher>();
        services.AddSingleton<MailboxLease>();
        services.AddHostedService<EmailIngestService>();
        services.AddResiliencePipeline(FolderWatcher.ConnectPipeline, (pipeline, context) => ImapPipeline.Configure(pipeline, context.ServiceProvider));

        services.AddSingleton<SmtpSender>();
        services.AddResiliencePipeline(SmtpSender.Pipeline, (pipeline, context) => SmtpPipeline.Configure(pipeline, context.ServiceProvider));
        foreach (var channel in new[] { ChannelKind.Email, ChannelKind.Fax })
        {
            services.AddKeyedSingleton<IOutboundChannel>(channel, (sp, _) => ActivatorUtilities.CreateInstance<EmailOutboundChannel>(sp, channel));
            services.AddSingleton(sp => sp.GetRequiredKeyedService<IOutboundChannel>(channel));
        }

        services.AddSingleton<Acknowledger>();
        services.AddHostedService<AcknowledgementSender>();
        services.AddHealthChecks().AddCheck<EmailHealthCheck>("email", tags: ["ready"]);
        return builder;
    }
}
