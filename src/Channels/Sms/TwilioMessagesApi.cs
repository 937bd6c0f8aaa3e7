using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Router.Channels.Sms;

/// <summary>
/// Twilio's create-message call: <c>POST {ApiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json</c>, form-encoded,
/// basic auth (API key and secret if configured, else account SID and auth token), with a status callback to our
/// public URL. Runs through the <see cref="TwilioResilience.PipelineName"/> pipeline of its HTTP client.
/// </summary>
internal sealed class TwilioMessagesApi(IHttpClientFactory clients, IOptions<TwilioOptions> options)
{
    /// <summary>The named HTTP client.</summary>
    public const string ClientName = "twilio";

    /// <summary>Where Twilio reports delivery (relative to the public base URL).</summary>
    public const string StatusCallbackPath = SmsExtensions.WebhookPath + "/status";

    /// <summary>
    /// Asks Twilio to send <paramref name="body"/>. Returns Twilio's answer, or <see cref="TwilioSendResult.Unreachable"/>
    /// when no connection could be made. Throws <see cref="TimeoutException"/> when Twilio did not answer in time, and
    /// lets other transport failures through: in both cases the message may have been sent, so it is not resent.
    /// </summary>
    public async Task<TwilioSendResult> SendAsync(string to, string? from, string? messagingServiceSid, string body, CancellationToken cancellationToken)
    {
        var twilio = options.Value;
        var form = new List<KeyValuePair<string, string>>
        {
            new("To", to),
            messagingServiceSid is null ? new("From", from!) : new("MessagingServiceSid", messagingServiceSid),
            new("Body", body),
            new("StatusCallback", twilio.PublicBaseUrl!.TrimEnd('/') + StatusCallbackPath),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"2010-04-01/Accounts/{twilio.AccountSid}/Messages.json", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(form),
        };
        var (user, secret) = string.IsNullOrEmpty(twilio.ApiKeySid) ? (twilio.AccountSid!, twilio.AuthToken!) : (twilio.ApiKeySid, twilio.ApiKeySecret!);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}")));

        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            return await TwilioSendResult.ReadAsync(response, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new TimeoutException(
                $"Twilio did not answer within {twilio.RequestTimeoutSeconds} s. The message may or may not have been sent, so it was not resent.", e);
        }
        catch (HttpRequestException e) when (TwilioResilience.IsConnectFailure(e))
        {
            return TwilioSendResult.Unreachable;
        }
    }

    /// <summary>The HTTP client's base address: the API base URL, ending in a slash so relative paths keep its path.</summary>
    public static Uri BaseAddress(TwilioOptions twilio) => new(twilio.ApiBaseUrl.TrimEnd('/') + "/");
}
