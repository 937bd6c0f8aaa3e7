using System.Net;
using System.Text.RegularExpressions;
using Router.Channels;
using Router.Channels.Sms;
using Router.Channels.Tests.Sms;
using Router.IntegrationTests.Infrastructure;

namespace Router.IntegrationTests.Sms;

/// <summary>
/// Starts routers with the SMS channel on, behind a pretend public URL (<see cref="PublicBaseUrl"/>, as if a reverse
/// proxy forwarded Twilio's calls to the local port), and talks to their webhooks the way Twilio does.
/// </summary>
public static partial class SmsTestHost
{
    public const string PublicBaseUrl = "https://" + TwilioVectors.Host;
    public const string OurNumber = "+14155550100";
    public const string AutoReply = "Thanks, we have your message & will answer soon.";
    public const string HelpText = "Acme support. Reply STOP to opt out.";

    private static int numbers;

    /// <summary>The settings of a router whose SMS channel talks to <paramref name="apiBaseUrl"/>, plus <paramref name="extra"/>.</summary>
    public static Dictionary<string, string?> Settings(string apiBaseUrl, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Router:Sms:Twilio:AccountSid"] = FakeTwilio.AccountSid,
            ["Router:Sms:Twilio:AuthToken"] = TwilioVectors.Token,
            ["Router:Sms:Twilio:PublicBaseUrl"] = PublicBaseUrl,
            ["Router:Sms:Twilio:ApiBaseUrl"] = apiBaseUrl,
            ["Router:Sms:Twilio:RequestTimeoutSeconds"] = "3", // short for the timeout test, long enough for a busy test machine
            ["Router:Sms:Twilio:RetryBaseDelayMilliseconds"] = "20",
            ["Router:Sms:Twilio:MaxRetries"] = "3",
            ["Router:Sms:AutoReply"] = AutoReply,
            ["Router:Sms:HelpText"] = HelpText,
            ["Router:Sms:MaxRequestBodyBytes"] = "8192",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A customer number no other test in this process uses.</summary>
    public static string NewNumber() => "+1212555" + (1000 + Interlocked.Increment(ref numbers)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string NewSid() => "SM" + Guid.NewGuid().ToString("N");

    /// <summary>An inbound SMS as Twilio posts it.</summary>
    public static KeyValuePair<string, string>[] InboundSms(string from, string body, string? sid = null) =>
    [
        new("ToCountry", "US"), new("SmsMessageSid", sid ??= NewSid()), new("NumMedia", "0"), new("SmsSid", sid),
        new("SmsStatus", "received"), new("Body", body), new("To", OurNumber), new("NumSegments", "1"), new("MessageSid", sid),
        new("AccountSid", FakeTwilio.AccountSid), new("From", from), new("ApiVersion", "2010-04-01"),
    ];

    /// <summary>Posts the form signed as Twilio would sign it for the public URL of <paramref name="path"/>.</summary>
    public static Task<HttpResponseMessage> PostSignedAsync(
        this RouterTestHost host, string path, IEnumerable<KeyValuePair<string, string>> form, string token = TwilioVectors.Token)
    {
        var fields = form.ToArray();
        return host.PostWebhookAsync(path, fields, TwilioSignature.Compute(token, PublicBaseUrl + path, TwilioVectors.Form(fields)));
    }

    /// <summary>Posts the form with the given signature header (none when null).</summary>
    public static async Task<HttpResponseMessage> PostWebhookAsync(
        this RouterTestHost host, string path, IEnumerable<KeyValuePair<string, string>> form, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, signature);
        }

        return await host.Anonymous.SendAsync(request);
    }

    /// <summary>The TwiML of a 200 answer, after checking its status and content type.</summary>
    public static async Task<string> TwimlAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    /// <summary>The item that holds the message with this SID, or null.</summary>
    public static async Task<string?> ItemOfAsync(this RouterTestHost host, string messageSid) =>
        await host.Redis.HashGetAsync($"router:{{{host.Workspace}}}:ext", "sms:" + messageSid);

    /// <summary>How many work items the host's workspace holds.</summary>
    public static async Task<int> ItemCountAsync(this RouterTestHost host) =>
        (await host.WorkspaceKeysAsync()).Count(k => ItemKey().IsMatch(k));

    /// <summary>The router's SMS outbound channel.</summary>
    public static IOutboundChannel SmsChannel(this RouterTestHost host) =>
        host.Service<IEnumerable<IOutboundChannel>>().Single(c => c.Channel == ChannelKind.Sms);

    /// <summary>A reply to <paramref name="to"/> from our number, as the item's stored ReplyTo would address it.</summary>
    public static OutboundMessage Reply(string to, string text = "Your refund is on its way.") =>
        new("item-1", Guid.NewGuid().ToString("N"), new System.Text.Json.Nodes.JsonObject { ["from"] = OurNumber, ["to"] = to }, null, text, Automatic: false);

    [GeneratedRegex(@":item:[^:]+$")]
    private static partial Regex ItemKey();
}
