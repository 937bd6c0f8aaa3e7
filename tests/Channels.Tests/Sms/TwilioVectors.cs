using Microsoft.Extensions.Primitives;

namespace Router.Channels.Tests.Sms;

/// <summary>
/// Signatures computed by sources other than our signer: Twilio's published example, and Twilio's official Node
/// helper library (npm <c>twilio</c> 6.2.0, <c>getExpectedTwilioSignature</c>; see <c>twilio-vectors.mjs</c>).
/// Shared with the integration tests (linked there).
/// </summary>
internal static class TwilioVectors
{
    /// <summary>Twilio's documented example: token 12345, https://mycompany.com/myapp.php?foo=1&amp;bar=2.</summary>
    public static class Published
    {
        public const string Token = "12345";
        public const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        public const string Signature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

        public static readonly KeyValuePair<string, string>[] Params =
        [
            new("CallSid", "CA1234567890ABCDE"),
            new("Caller", "+12349013030"),
            new("Digits", "1234"),
            new("From", "+12349013030"),
            new("To", "+18005551212"),
        ];
    }

    public const string Token = "7c1f2b3a4d5e6f708192a3b4c5d6e7f8";
    public const string Host = "router.example.com";
    public const string SmsUrl = "https://router.example.com/webhooks/twilio/sms";

    public const string SmsSignature = "tUACQQ77Pf/B6pyS1pIsgfshQfE=";
    public const string SmsWith443Signature = "OTT2ZqaFeo+/ZeE3VpAz1Z+5bVI="; // https://router.example.com:443/webhooks/twilio/sms
    public const string SmsHttpWith80Signature = "kAYlytdJ6RTHd37xa292jvhqX0Y="; // http://router.example.com:80/webhooks/twilio/sms
    public const string SmsWithQuerySignature = "CxrNYT6PKqSzg9Yk1CCWf/siAok="; // …/webhooks/twilio/sms?site=eu&x=1
    public const string SmsFallbackSignature = "fDIf4vWo7BekDqNXlLA7/VlM4BE="; // …/webhooks/twilio/sms/fallback
    public const string MmsSignature = "U2oYvTOMiLyF7QLSAR5K8PO26nk=";
    public const string StatusSignature = "FCmetW5Yh56mLQdNUaGXbi6tpVU="; // …/webhooks/twilio/sms/status

    public const string SmsMessageSid = "SM0123456789abcdef0123456789abcdef";
    public const string MmsMessageSid = "MM0123456789abcdef0123456789abcdef";
    public const string StatusMessageSid = "SMfedcba9876543210fedcba9876543210";

    /// <summary>An inbound SMS as Twilio posts it, in Twilio's order.</summary>
    public static readonly KeyValuePair<string, string>[] SmsParams =
    [
        new("ToCountry", "US"), new("ToState", "CA"), new("SmsMessageSid", SmsMessageSid), new("NumMedia", "0"),
        new("ToCity", ""), new("FromZip", ""), new("SmsSid", SmsMessageSid), new("FromState", "NY"), new("SmsStatus", "received"),
        new("FromCity", ""), new("Body", "Héllo 👋 <b>refund</b> & more"), new("FromCountry", "US"), new("To", "+14155550100"),
        new("MessagingServiceSid", ""), new("ToZip", ""), new("NumSegments", "1"), new("MessageSid", SmsMessageSid),
        new("AccountSid", "AC00000000000000000000000000000000"), new("From", "+12125550123"), new("ApiVersion", "2010-04-01"),
    ];

    /// <summary>An inbound MMS with two media items.</summary>
    public static readonly KeyValuePair<string, string>[] MmsParams =
    [
        new("MessageSid", MmsMessageSid), new("AccountSid", "AC00000000000000000000000000000000"),
        new("From", "+447700900123"), new("To", "+14155550100"), new("Body", ""), new("NumMedia", "2"),
        new("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/MM0123456789abcdef0123456789abcdef/Media/ME00000000000000000000000000000001"),
        new("MediaContentType0", "image/jpeg"),
        new("MediaUrl1", "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/MM0123456789abcdef0123456789abcdef/Media/ME00000000000000000000000000000002"),
        new("MediaContentType1", "application/pdf"),
    ];

    /// <summary>A delivery status callback.</summary>
    public static readonly KeyValuePair<string, string>[] StatusParams =
    [
        new("MessageSid", StatusMessageSid), new("MessageStatus", "delivered"), new("SmsSid", StatusMessageSid),
        new("SmsStatus", "delivered"), new("AccountSid", "AC00000000000000000000000000000000"), new("From", "+14155550100"),
        new("To", "+12125550123"), new("ApiVersion", "2010-04-01"),
    ];

    /// <summary>Form fields as ASP.NET Core holds them (a repeated name's values together).</summary>
    public static Dictionary<string, StringValues> Form(IEnumerable<KeyValuePair<string, string>> pairs) =>
        pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray()));
}
