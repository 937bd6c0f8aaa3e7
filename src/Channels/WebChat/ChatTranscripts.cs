using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Router.Channels.WebChat;

/// <summary>
/// Session transcripts in <see cref="IChannelState"/>: one bounded JSON value per session under
/// <c>chat:t:{site}:{visitor}:{session}</c>, appended with compare-and-set (so replies written by another router
/// instance at the same moment are never lost) and kept <see cref="WebChatOptions.SessionHours"/> after the latest line.
/// </summary>
internal sealed class ChatTranscripts(IChannelState state, IOptionsMonitor<WebChatOptions> options)
{
    private const int MaxAttempts = 50;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The session's transcript, or null when it has none (never started, or expired).</summary>
    public async Task<ChatTranscript?> GetAsync(string site, string visitor, string session, CancellationToken cancellationToken)
    {
        var value = await state.GetAsync(Key(site, visitor, session), cancellationToken);
        return value is null ? null : JsonSerializer.Deserialize<ChatTranscript>(value, Json);
    }

    /// <summary>
    /// Adds the line unless a line with its author and id is there, and records <paramref name="itemId"/> as the item
    /// holding the conversation. Returns the line as stored (the first one, for a repeat).
    /// </summary>
    public async Task<ChatLine> AppendAsync(
        string site, string visitor, string session, string itemId, ChatLine line, CancellationToken cancellationToken)
    {
        var key = Key(site, visitor, session);
        var settings = options.CurrentValue;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await state.GetAsync(key, cancellationToken);
            var transcript = current is null ? new ChatTranscript(null, []) : JsonSerializer.Deserialize<ChatTranscript>(current, Json)!;
            if (transcript.Has(line.From, line.Id))
            {
                return transcript.Lines.First(l => l.From == line.From && l.Id == line.Id);
            }

            var lines = transcript.Lines.Append(line).TakeLast(settings.TranscriptLines).ToArray();
            var next = JsonSerializer.Serialize(new ChatTranscript(itemId, lines), Json);
            if (await state.CompareAndSetAsync(key, current, next, TimeSpan.FromHours(settings.SessionHours), cancellationToken))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"The transcript of a session of site '{site}' kept changing; gave up after {MaxAttempts} attempts.");
    }

    private static string Key(string site, string visitor, string session) => $"chat:t:{site}:{visitor}:{session}";
}
