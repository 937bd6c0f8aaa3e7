using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.Email.Imap;

/// <summary>
/// Makes one router instance at a time read a mailbox: the holder renews a lease in <see cref="IChannelState"/> every
/// third of its length and stops reading the moment a renewal fails; the others retry as often and take over once it lapses.
/// </summary>
internal sealed class MailboxLease(IChannelState state, MailboxStatusBoard board, IOptions<EmailOptions> options, TimeProvider time, ILogger<MailboxLease> logger)
{
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    private TimeSpan Ttl => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Runs <paramref name="read"/> while this instance holds the mailbox's lease, again after every takeover, until stopped.</summary>
    public async Task RunAsync(MailboxOptions mailbox, Func<CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        var key = $"email:{mailbox.Name}:lease";
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!await TryAcquireAsync(key, cancellationToken))
            {
                foreach (var folder in mailbox.WatchedFolders)
                {
                    board.Set(mailbox.Name, folder, FolderState.Standby);
                }

                await DelayAsync(Ttl / 3, cancellationToken);
                continue;
            }

            Log.LeaseTaken(logger, mailbox.Name);
            using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var reading = read(held.Token);
            while (!reading.IsCompleted)
            {
                await Task.WhenAny(reading, Task.Delay(Ttl / 3, time, cancellationToken));
                if (!reading.IsCompleted && !await TryAcquireAsync(key, cancellationToken))
                {
                    if (!cancellationToken.IsCancellationRequested)
                    {
                        Log.LeaseLost(logger, mailbox.Name);
                    }

                    break;
                }
            }

            await held.CancelAsync();
            try
            {
                await reading;
            }
            catch (OperationCanceledException)
            {
                // The watchers stop by cancellation.
            }
        }

        await ReleaseAsync(key);
    }

    private async Task<bool> TryAcquireAsync(string key, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        try
        {
            return await state.TryAcquireLeaseAsync(key, owner, Ttl, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the state store this instance cannot prove it holds the mailbox: read nothing until it can.
            Log.LeaseUnknown(logger, key, ex.GetType().Name);
            return false;
        }
    }

    private async Task ReleaseAsync(string key)
    {
        try
        {
            await state.ReleaseLeaseAsync(key, owner, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LeaseUnknown(logger, key, ex.GetType().Name); // it lapses by itself
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
