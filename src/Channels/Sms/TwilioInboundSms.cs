using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Router.Channels.Sms;

/// <summary>The fields of Twilio's inbound-message webhook that the router uses, checked and normalised.</summary>
/// <param name="MessageSid">Twilio's id of the message (<c>SM…</c>, <c>MM…</c>).</param>
/// <param name="From">The customer's number, E.164.</param>
/// <param name="To">Our number, E.164 (or the short code as sent).</param>
/// <param name="Body">The text as sent; may be empty for MMS.</param>
/// <param name="MessagingServiceSid">The Messaging Service our number belongs to, if any.</param>
/// <param name="Media">MMS media: Twilio's URL for each, with its content type.</param>
internal sealed partial record TwilioInboundSms(
    string MessageSid, string From, string To, string Body, string? MessagingServiceSid, IReadOnlyList<MessageAttachment> Media)
{
    /// <summary>Twilio sends at most 10 media items with one message.</summary>
    public const int MaxMedia = 10;

    /// <summary>Reads the webhook's form; false with a reason (naming the field, never its value) when it is not usable.</summary>
    public static bool TryParse(
        IFormCollection form, string defaultRegion, [NotNullWhen(true)] out TwilioInboundSms? sms, [NotNullWhen(false)] out string? error)
    {
        sms = null;
        var sid = (string?)form["MessageSid"];
        var from = E164.Normalize(form["From"], defaultRegion);
        var to = E164.Normalize(form["To"], defaultRegion) ?? ShortCode(form["To"]);
        error = sid switch
        {
            null or "" => "MessageSid is missing.",
            _ when !SidPattern().IsMatch(sid) => "MessageSid is not a Twilio message SID.",
            _ when string.IsNullOrWhiteSpace(form["From"]) => "From is missing.",
            _ when from is null => "From is not a phone number.",
            _ when string.IsNullOrWhiteSpace(form["To"]) => "To is missing.",
            _ when to is null => "To is not a phone number or short code.",
            _ => null,
        };
        if (error is not null || !TryReadMedia(form, out var media, out error))
        {
            return false;
        }

        var service = (string?)form["MessagingServiceSid"];
        sms = new TwilioInboundSms(sid!, from!, to!, (string?)form["Body"] ?? "", string.IsNullOrEmpty(service) ? null : service, media);
        return true;
    }

    private static bool TryReadMedia(IFormCollection form, out IReadOnlyList<MessageAttachment> media, [NotNullWhen(false)] out string? error)
    {
        media = [];
        error = null;
        var count = 0;
        if (form.TryGetValue("NumMedia", out var num) &&
            (!int.TryParse(num, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count > MaxMedia))
        {
            error = $"NumMedia must be a whole number from 0 to {MaxMedia}.";
            return false;
        }

        var items = new List<MessageAttachment>(count);
        for (var n = 0; n < count; n++)
        {
            if (!Uri.TryCreate(form[$"MediaUrl{n}"], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                error = $"MediaUrl{n} is missing or not an http(s) URL.";
                return false;
            }

            var type = (string?)form[$"MediaContentType{n}"];
            items.Add(new MessageAttachment(url.Segments[^1], string.IsNullOrEmpty(type) ? "application/octet-stream" : type, null)
            {
                Reference = url.AbsoluteUri,
            });
        }

        media = items;
        return true;
    }

    private static string? ShortCode(string? value) =>
        value?.Trim() is { } trimmed && ShortCodePattern().IsMatch(trimmed) ? trimmed : null;

    [GeneratedRegex("^[A-Z]{2}[0-9a-fA-F]{32}$")]
    private static partial Regex SidPattern();

    [GeneratedRegex("^[0-9]{3,8}$")]
    private static partial Regex ShortCodePattern();
}
