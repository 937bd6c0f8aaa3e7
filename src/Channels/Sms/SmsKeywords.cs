namespace Router.Channels.Sms;

/// <summary>
/// Recognises Twilio's standard keywords the way Twilio does: the whole message, trimmed, in any case. "Stop the
/// delivery please" is an ordinary message; " stop " is an opt-out.
/// </summary>
internal static class SmsKeywords
{
    private static readonly Dictionary<string, SmsKeyword> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STOP"] = SmsKeyword.OptOut,
        ["STOPALL"] = SmsKeyword.OptOut,
        ["UNSUBSCRIBE"] = SmsKeyword.OptOut,
        ["CANCEL"] = SmsKeyword.OptOut,
        ["END"] = SmsKeyword.OptOut,
        ["QUIT"] = SmsKeyword.OptOut,
        ["START"] = SmsKeyword.OptIn,
        ["YES"] = SmsKeyword.OptIn,
        ["UNSTOP"] = SmsKeyword.OptIn,
        ["HELP"] = SmsKeyword.Help,
        ["INFO"] = SmsKeyword.Help,
    };

    /// <summary>The keyword the body is, or <see cref="SmsKeyword.None"/>.</summary>
    public static SmsKeyword Classify(string? body) =>
        body is not null && Keywords.TryGetValue(body.Trim(), out var keyword) ? keyword : SmsKeyword.None;
}
