using System.Text.Json;
using System.Text.Json.Serialization;

namespace Router.Channels.Sms;

/// <summary>
/// Who has opted out, per customer number (E.164) across all of our numbers: a STOP sent to any of our numbers stops
/// every number of ours from messaging them, until they send START to any of them. That is stricter than Twilio's own
/// block (per sender number or Messaging Service) on purpose: a customer who said STOP does not expect a text from our
/// other line. The latest change is kept as a record (<c>sms:optout:{number}</c>: when, which keyword, which message).
/// </summary>
internal sealed class SmsOptOuts(IChannelState state, TimeProvider time)
{
    // Twilio may deliver one keyword message twice (a retry, the fallback URL); a STOP retried after a START must not undo it.
    private static readonly TimeSpan AppliedMarkerLifetime = TimeSpan.FromDays(2);

    /// <summary>True when the number's latest keyword was an opt-out.</summary>
    public async Task<bool> IsOptedOutAsync(string e164, CancellationToken cancellationToken)
    {
        var json = await state.GetAsync(Key(e164), cancellationToken);
        return json is not null && JsonSerializer.Deserialize<OptOutRecord>(json)?.OptedOut == true;
    }

    /// <summary>Records an opt-out or opt-in carried by message <paramref name="messageSid"/>, once per message.</summary>
    public async Task RecordAsync(string e164, bool optedOut, string keyword, string messageSid, string ourNumber, CancellationToken cancellationToken)
    {
        var applied = $"sms:keyword:{messageSid}";
        if (await state.GetAsync(applied, cancellationToken) is not null)
        {
            return;
        }

        // Write first, mark after: a crash in between makes a redelivery write the same thing again, which is harmless.
        var record = new OptOutRecord(optedOut, time.GetUtcNow(), keyword.Trim().ToUpperInvariant(), messageSid, ourNumber);
        await state.SetAsync(Key(e164), JsonSerializer.Serialize(record), cancellationToken: cancellationToken);
        await state.SetAsync(applied, "1", AppliedMarkerLifetime, cancellationToken);
    }

    /// <summary>Records that Twilio itself refused to send to the number because it has opted out (error 21610).</summary>
    public Task RecordProviderOptOutAsync(string e164, string? ourNumber, CancellationToken cancellationToken) =>
        state.SetAsync(
            Key(e164),
            JsonSerializer.Serialize(new OptOutRecord(true, time.GetUtcNow(), "twilio:21610", null, ourNumber)),
            cancellationToken: cancellationToken);

    private static string Key(string e164) => $"sms:optout:{e164}";

    private sealed record OptOutRecord(
        [property: JsonPropertyName("optedOut")] bool OptedOut,
        [property: JsonPropertyName("at")] DateTimeOffset At,
        [property: JsonPropertyName("keyword")] string Keyword,
        [property: JsonPropertyName("messageSid")] string? MessageSid,
        [property: JsonPropertyName("via")] string? Via);
}
