namespace Router.Channels.WebChat;

/// <summary>
/// Per-visitor counters in <see cref="IChannelState"/> (shared by every router instance): messages per minute and new
/// conversations per 24 hours. Each window starts at its first count.
/// </summary>
internal sealed class ChatLimits(IChannelState state)
{
    /// <summary>Counts one message; the visitor-facing reason when the minute's allowance is used up, else null.</summary>
    public async Task<string?> CountMessageAsync(string site, string visitor, ChatSiteOptions limits, CancellationToken cancellationToken)
    {
        var count = await state.IncrementAsync($"chat:rate:{site}:{visitor}", TimeSpan.FromMinutes(1), cancellationToken);
        return count <= limits.MessagesPerMinute
            ? null
            : $"Too many messages: at most {limits.MessagesPerMinute} a minute. Wait a moment and send it again.";
    }

    /// <summary>Counts one new conversation; the visitor-facing reason when the day's allowance is used up, else null.</summary>
    public async Task<string?> CountConversationAsync(string site, string visitor, ChatSiteOptions limits, CancellationToken cancellationToken)
    {
        var count = await state.IncrementAsync($"chat:day:{site}:{visitor}", TimeSpan.FromDays(1), cancellationToken);
        return count <= limits.ConversationsPerDay
            ? null
            : $"Too many new conversations: at most {limits.ConversationsPerDay} a day. Please continue an earlier one or try again tomorrow.";
    }
}
