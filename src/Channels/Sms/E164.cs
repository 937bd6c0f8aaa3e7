using PhoneNumbers;

namespace Router.Channels.Sms;

/// <summary>Phone numbers in E.164 form (<c>+14155550100</c>), the one form contacts, thread keys and opt-outs use.</summary>
internal static class E164
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// The number in E.164, read with <paramref name="defaultRegion"/> when it has no country code; null when it is not
    /// a phone number (a short code, an alphanumeric sender, another channel's address such as <c>whatsapp:+1…</c>,
    /// garbage). "Possible" rather than "valid" numbers pass: the library's list of allocated ranges lags reality,
    /// and refusing a real customer is worse than keeping a number.
    /// </summary>
    public static string? Normalize(string? raw, string defaultRegion)
    {
        // The library would find the number inside "whatsapp:+1…" or spell out "1-800-FLOWERS"; neither is an SMS sender.
        if (string.IsNullOrWhiteSpace(raw) || raw.Any(char.IsLetter))
        {
            return null;
        }

        try
        {
            var number = Util.Parse(raw.Trim(), defaultRegion);
            return Util.IsPossibleNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The number with all but its first three and last two characters hidden, for logs.</summary>
    public static string Redact(string? number) =>
        number is null || number.Length <= 5 ? "***" : number[..3] + new string('*', number.Length - 5) + number[^2..];
}
