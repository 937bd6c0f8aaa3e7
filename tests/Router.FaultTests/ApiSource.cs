using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Router.FaultTests;

/// <summary>Items created over HTTP, as a CRM would: retried with the same externalId until acknowledged.</summary>
internal sealed class ApiSource(string apiKey, FaultLedger ledger) : IFaultSource, IDisposable
{
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(5) };

    public string Name => "api";

    public string Channel => "api";

    public async Task<string?> SendAsync(int n, Uri router, CancellationToken cancellationToken)
    {
        var key = $"fault-api-{n}";
        var body = new
        {
            externalId = key,
            contact = new { email = FaultTexts.Email(Name, n), phone = FaultTexts.Phone(n) },
            subject = FaultTexts.Subject(n),
            text = FaultTexts.Body(Name, n),
        };
        ledger.Remember(body.subject);
        ledger.Remember(body.text);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(router, "/v1/items")) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                ledger.CountUnavailable();
            }

            return await FaultHttp.AcknowledgedAsync(response, Name, cancellationToken) ? key : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public void Dispose() => client.Dispose();
}
