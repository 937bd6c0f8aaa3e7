namespace Router.Channels.Sms;

/// <summary>
/// The latest delivery status of each message we sent, per MessageSid (<c>sms:status:{sid}</c> in channel state),
/// moved only forward with compare-and-set, so concurrent callbacks on several router instances cannot move it back.
/// </summary>
internal sealed class DeliveryStatuses(IChannelState state)
{
    // Each lost race means another writer moved the status; a handful of rounds settles any real interleaving.
    private const int MaxRounds = 8;

    // Twilio stops calling back within days; a month keeps the state for support questions without growing forever.
    private static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    /// <summary>The recorded status, or null.</summary>
    public Task<string?> GetAsync(string messageSid, CancellationToken cancellationToken) =>
        state.GetAsync(Key(messageSid), cancellationToken);

    /// <summary>Moves the message to <paramref name="status"/> if that is forward of what is recorded; true if it moved.</summary>
    public async Task<bool> AdvanceAsync(string messageSid, string status, CancellationToken cancellationToken)
    {
        var next = status.ToLowerInvariant();
        for (var round = 0; round < MaxRounds; round++)
        {
            var current = await state.GetAsync(Key(messageSid), cancellationToken);
            if (!DeliveryStatus.IsForward(current, next))
            {
                return false;
            }

            if (await state.CompareAndSetAsync(Key(messageSid), current, next, Keep, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static string Key(string messageSid) => $"sms:status:{messageSid}";
}
