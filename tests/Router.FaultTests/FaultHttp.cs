using System.Net;

namespace Router.FaultTests;

/// <summary>How the HTTP sources read a router's answer.</summary>
internal static class FaultHttp
{
    /// <summary>
    /// True for 200/201; false for what a fault explains (503, 5xx while a router dies, 408, 429), to be retried;
    /// throws for any other 4xx, which no retry can mend (a wrong signature, a rejected body).
    /// </summary>
    public static async Task<bool> AcknowledgedAsync(HttpResponseMessage response, string source, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
        {
            return true;
        }

        if (status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests))
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"The {source} source's request was refused with {status}, which no retry mends: {problem}");
        }

        return false;
    }
}
