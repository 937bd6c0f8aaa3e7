using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Router.FaultTests;

/// <summary>
/// Inbound SMS as Twilio delivers them: signed webhooks, resent with the same MessageSid until answered 200. Each
/// message comes from its own number, so none joins another's open conversation and every one becomes its own item.
/// </summary>
internal sealed class SmsSource(FaultLedger ledger) : IFaultSource, IDisposable
{
    /// <summary>Where Twilio would reach the routers; both sit behind it, so both check signatures against it.</summary>
    public const string PublicBaseUrl = "https://router.example.com";

    private const string OurNumber = "+18005550100";
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly string accountSid = "AC" + Guid.NewGuid().ToString("N");

    public string Name => "sms";

    public string Channel => "sms";

    public string AuthToken { get; } = "fault-twilio-" + Guid.NewGuid().ToString("N");

    public Dictionary<string, string> RouterEnvironment() => new()
    {
        ["Router__Sms__Twilio__AccountSid"] = accountSid,
        ["Router__Sms__Twilio__AuthToken"] = AuthToken,
        ["Router__Sms__Twilio__PublicBaseUrl"] = PublicBaseUrl,
    };

    public async Task<string?> SendAsync(int n, Uri router, CancellationToken cancellationToken)
    {
        var sid = "SM" + n.ToString("D32", CultureInfo.InvariantCulture);
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccountSid"] = accountSid,
            ["MessageSid"] = sid,
            ["SmsMessageSid"] = sid,
            ["From"] = FaultTexts.Phone(n),
            ["To"] = OurNumber,
            ["Body"] = FaultTexts.Body(Name, n),
            ["NumMedia"] = "0",
            ["NumSegments"] = "1",
        };
        var signature = Sign(AuthToken, PublicBaseUrl + "/webhooks/twilio/sms", form);
        ledger.Remember(form["Body"]);
        ledger.Remember(signature);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(router, "/webhooks/twilio/sms")) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                ledger.CountUnavailable();
            }

            return await FaultHttp.AcknowledgedAsync(response, Name, cancellationToken) ? "sms:" + sid : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => client.Dispose();

    /// <summary>Twilio's X-Twilio-Signature: base64 HMAC-SHA1 (auth token) of the URL, then each name and value sorted by name.</summary>
    public static string Sign(string authToken, string url, IReadOnlyDictionary<string, string> form)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // SHA-1 is what Twilio signs with
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }
}
