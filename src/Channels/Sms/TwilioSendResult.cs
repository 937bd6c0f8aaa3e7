using System.Text.Json;

namespace Router.Channels.Sms;

/// <summary>What Twilio answered to a create-message call (after any retries).</summary>
/// <param name="HttpStatus">The HTTP status; 0 when Twilio could not be reached at all.</param>
/// <param name="Sid">The new message's SID (<c>SM…</c>), on success.</param>
/// <param name="Status">The new message's status (queued, accepted …), on success.</param>
/// <param name="ErrorCode">Twilio's error code (21610: the recipient has opted out), on failure.</param>
/// <param name="ErrorMessage">Twilio's error message, on failure.</param>
internal sealed record TwilioSendResult(int HttpStatus, string? Sid, string? Status, int? ErrorCode, string? ErrorMessage)
{
    /// <summary>Twilio's code for "attempt to send to unsubscribed recipient".</summary>
    public const int UnsubscribedRecipient = 21610;

    /// <summary>True when Twilio created the message.</summary>
    public bool Accepted => HttpStatus is >= 200 and < 300;

    /// <summary>No connection could be made, after every retry: nothing was sent.</summary>
    public static TwilioSendResult Unreachable { get; } = new(0, null, null, null, null);

    /// <summary>Reads Twilio's JSON answer; a body that is not Twilio's JSON leaves the fields empty.</summary>
    public static async Task<TwilioSendResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = json.RootElement;
            return new TwilioSendResult(status, Text(root, "sid"), Text(root, "status"), Code(root), Text(root, "message"));
        }
        catch (JsonException)
        {
            return new TwilioSendResult(status, null, null, null, null); // e.g. a proxy's HTML error page
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Code(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var code) ? code : null;
}
