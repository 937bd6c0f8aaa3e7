using System.Text.RegularExpressions;
using PhoneNumbers;
using Router.Channels.Email;

namespace Router.Channels.Fax;

/// <summary>Finds the sending fax number in a gateway's mail and parses it to E.164 with libphonenumber.</summary>
internal static class FaxNumbers
{
    // Gateways write the caller's number near the top; searching further only costs time on hostile mail.
    private const int MaxTextSearched = 4_000;
    private const int MaxRawLength = 64;

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// The number the gateway's pattern captures from the subject, then the text; without a pattern or a capture, the
    /// first valid number libphonenumber finds in the subject, the text, then the sender's local part (gateways that
    /// send from <c>12015550123@fax.example</c>).
    /// </summary>
    public static FaxNumber Find(FaxGateway? gateway, string region, string subject, string text, string senderLocalPart)
    {
        var searched = text.Length <= MaxTextSearched ? text : text[..MaxTextSearched];
        if (gateway?.Number is { } pattern && (Capture(pattern, subject) ?? Capture(pattern, searched)) is { } raw)
        {
            return Parse(raw, region);
        }

        return (First(subject, region) ?? First(searched, region) ?? First(senderLocalPart, region)) is { } found
            ? new FaxNumber(Phones.Format(found.Number, PhoneNumberFormat.E164), found.RawString, null)
            : new FaxNumber(null, null, "no fax number found in the subject, the text or the sender address");
    }

    /// <summary>Parses <paramref name="raw"/> (national numbers read in <paramref name="region"/>).</summary>
    public static FaxNumber Parse(string raw, string region)
    {
        try
        {
            var number = Phones.Parse(raw, region);
            if (Phones.IsValidNumber(number))
            {
                return new FaxNumber(Phones.Format(number, PhoneNumberFormat.E164), raw, null);
            }
        }
        catch (NumberParseException)
        {
            // reported below, like a number that parses but cannot exist
        }

        return new FaxNumber(null, raw, $"'{raw}' is not a valid phone number (read in region {region})");
    }

    private static string? Capture(Regex pattern, string value)
    {
        try
        {
            var match = pattern.Match(value);
            var number = match.Success ? match.Groups["number"] : null;
            return number is { Success: true } && MailText.OneLine(number.Value, MaxRawLength) is { Length: > 0 } raw ? raw : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static PhoneNumberMatch? First(string value, string region) =>
        value.Length == 0 ? null : Phones.FindNumbers(value, region).FirstOrDefault();
}
