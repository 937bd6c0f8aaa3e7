using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace Router.Channels.Email.Imap;

/// <summary>
/// Keeps one folder read: connects (through the <c>email-imap-connect</c> pipeline, which backs off while the server
/// is away), reads what is new, then waits for more with IDLE (re-issued every <see cref="MailboxOptions.IdleRenewSeconds"/>)
/// or, on servers without IDLE, by polling. Each renewal or poll selects the folder again (<see cref="ImapSession.ReselectAsync"/>).
/// Any failure drops the connection and starts over; the cursor makes that safe.
/// </summary>
internal sealed class FolderWatcher(
    FolderSync sync,
    MailboxStatusBoard board,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<FolderWatcher> logger)
{
    public const string ConnectPipeline = "email-imap-connect";

    public async Task RunAsync(MailboxOptions mailbox, string folder, CancellationToken cancellationToken)
    {
        var connect = pipelines.GetPipeline(ConnectPipeline);
        while (!cancellationToken.IsCancellationRequested)
        {
            board.Set(mailbox.Name, folder, FolderState.Connecting);
            try
            {
                await using var session = await connect.OpenAsync(mailbox, folder, cancellationToken);
                board.Set(mailbox.Name, folder, FolderState.Reading, session.CanIdle ? "idle" : "polling");
                Log.Connected(logger, mailbox.Name, folder, session.CanIdle);
                await WatchAsync(mailbox, session, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Connect failures were already retried with backoff; this is a connection (or intake) lost while reading.
                board.Set(mailbox.Name, folder, FolderState.Disconnected, ex.GetType().Name);
                if (ImapFailures.IsTransient(ex))
                {
                    Log.ConnectionLost(logger, mailbox.Name, folder, ex.GetType().Name);
                }
                else
                {
                    Log.WatchFailed(logger, mailbox.Name, folder, ex);
                }

                await Pause(TimeSpan.FromMilliseconds(options.Value.ReconnectFirstDelayMilliseconds), cancellationToken);
            }
        }
    }

    private async Task WatchAsync(MailboxOptions mailbox, ImapSession session, CancellationToken cancellationToken)
    {
        var changed = false;
        CancellationTokenSource? idleDone = null;
        session.Watched.CountChanged += (_, _) =>
        {
            changed = true;
            idleDone?.Cancel(); // new mail (or an expunge) while idling: leave IDLE and read
        };

        while (true)
        {
            int handled;
            do
            {
                changed = false;
                handled = await sync.RunAsync(mailbox, session, cancellationToken);
            }
            while (handled > 0 || changed); // our own moves raise CountChanged too: one more empty pass settles it

            if (!session.CanIdle)
            {
                await Task.Delay(TimeSpan.FromSeconds(mailbox.PollSeconds), time, cancellationToken);
                await session.ReselectAsync(cancellationToken);
                continue;
            }

            using var done = new CancellationTokenSource(TimeSpan.FromSeconds(mailbox.IdleRenewSeconds), time);
            idleDone = done;
            if (!changed)
            {
                await session.Client.IdleAsync(done.Token, cancellationToken);
            }

            idleDone = null;
            if (!changed)
            {
                await session.ReselectAsync(cancellationToken); // a folder deleted or replaced under the IDLE shows here
            }
        }
    }

    private async Task Pause(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop condition ends it.
        }
    }
}
