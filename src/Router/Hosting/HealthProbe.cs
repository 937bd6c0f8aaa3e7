namespace Router.Hosting;

/// <summary>
/// <c>Router.dll probe URL</c>: GETs a health endpoint and exits 0 on a 2xx answer, 1 otherwise. For container
/// HEALTHCHECKs in images without curl or wget (the ASP.NET runtime image has neither).
/// </summary>
internal static class HealthProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        if (args is not [var url] || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            await output.WriteLineAsync("usage: Router.dll probe http://127.0.0.1:8080/health/live");
            return 2;
        }

        try
        {
            using var client = new HttpClient { Timeout = Timeout };
            using var response = await client.GetAsync(uri);
            await output.WriteLineAsync($"{(int)response.StatusCode} {uri}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"no answer from {uri}: {ex.Message}");
            return 1;
        }
    }
}
