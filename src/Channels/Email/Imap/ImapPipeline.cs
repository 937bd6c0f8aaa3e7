using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Router.Channels.Email.Imap;

/// <summary>
/// <c>email-imap-connect</c>: connecting and opening a folder is retried for as long as it takes (a mail server can be
/// down for hours), on exactly the failures in <see cref="ImapFailures"/>, with exponential backoff and jitter.
/// </summary>
internal static class ImapPipeline
{
    public static readonly ResiliencePropertyKey<MailboxOptions> Mailbox = new("email.mailbox");
    public static readonly ResiliencePropertyKey<string> Folder = new("email.folder");

    public static void Configure(ResiliencePipelineBuilder builder, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EmailOptions>>().Value;
        var board = services.GetRequiredService<MailboxStatusBoard>();
        var logger = services.GetRequiredService<ILogger<FolderWatcher>>();
        builder.TimeProvider = services.GetRequiredService<TimeProvider>();
        builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ImapFailures.IsTransient),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(options.ReconnectFirstDelayMilliseconds),
            MaxDelay = TimeSpan.FromSeconds(options.ReconnectMaxDelaySeconds),
            OnRetry = args =>
            {
                var mailbox = args.Context.Properties.GetValue(Mailbox, null!);
                var folder = args.Context.Properties.GetValue(Folder, "");
                var failure = args.Outcome.Exception?.GetType().Name ?? "unknown";
                board.Set(mailbox.Name, folder, FolderState.Disconnected, failure);
                Log.ConnectFailed(logger, mailbox.Name, folder, args.AttemptNumber + 1, failure, args.RetryDelay);
                return default;
            },
        });
    }

    /// <summary>Opens a session through the pipeline, tagging the attempt with its mailbox and folder for the log.</summary>
    public static async Task<ImapSession> OpenAsync(
        this ResiliencePipeline pipeline, MailboxOptions mailbox, string folder, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(Mailbox, mailbox);
            context.Properties.Set(Folder, folder);
            return await pipeline.ExecuteAsync(
                async (ctx, state) => await ImapConnector.OpenAsync(state.mailbox, state.folder, ctx.CancellationToken),
                context,
                (mailbox, folder));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
