using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Router.Channels.Email.Smtp;

/// <summary>
/// <c>email-smtp</c>: a send is retried only on <see cref="SmtpNotSentException"/> (the server certainly kept nothing),
/// up to <see cref="SmtpOptions.Attempts"/> tries with exponential backoff and jitter.
/// </summary>
internal static class SmtpPipeline
{
    public static void Configure(ResiliencePipelineBuilder builder, IServiceProvider services)
    {
        var smtp = services.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp;
        var logger = services.GetRequiredService<ILogger<SmtpSender>>();
        builder.TimeProvider = services.GetRequiredService<TimeProvider>();
        if (smtp.Attempts < 2)
        {
            return;
        }

        builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<SmtpNotSentException>(),
            MaxRetryAttempts = smtp.Attempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            OnRetry = args =>
            {
                Log.Retrying(logger, args.AttemptNumber + 1, args.Outcome.Exception?.Message ?? "unknown", args.RetryDelay);
                return default;
            },
        });
    }
}
