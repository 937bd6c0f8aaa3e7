using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Router.Channels.Sms;

/// <summary>
/// The <c>twilio-sms</c> pipeline around every REST call: a per-attempt timeout inside a retry. It retries exactly
/// 429, 5xx and connect failures (the request never left), with exponential backoff and jitter, or after Twilio's
/// <c>Retry-After</c> when it sends one; a <c>Retry-After</c> longer than the configured ceiling is not waited for.
/// A timeout is never retried: Twilio may have taken the message, and Twilio has no idempotency key to make a resend
/// safe, so the caller is told the outcome is unknown instead.
/// </summary>
internal static class TwilioResilience
{
    /// <summary>The pipeline's name (the HTTP client's resilience handler).</summary>
    public const string PipelineName = "twilio-sms";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, TwilioOptions options, TimeProvider time, ILogger logger)
    {
        var maxRetryAfter = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = PipelineName + "-retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, maxRetryAfter, time)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
                OnRetry = args =>
                {
                    Log.Retrying(logger, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode, args.RetryDelay, args.Outcome.Exception?.GetType().Name);
                    return default;
                },
            });
        }

        pipeline.AddTimeout(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
    }

    /// <summary>429, 5xx (unless they ask for a wait over the ceiling), and connect failures; nothing else.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time) => outcome switch
    {
        { Exception: HttpRequestException e } => IsConnectFailure(e),
        { Result: { } response } => (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            && !(RetryAfter(response, time) > maxRetryAfter),
        _ => false,
    };

    /// <summary>True when the request never reached the server, so sending it again cannot send it twice.</summary>
    public static bool IsConnectFailure(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;

    /// <summary>The wait the response's <c>Retry-After</c> asks for (seconds or a date), or null for the backoff's own.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };
}
