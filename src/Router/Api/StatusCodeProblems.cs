using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Router.Hosting;

namespace Router.Api;

/// <summary>
/// Writes problem+json for answers that carry no body of their own (404 of an unknown route, 405, and the 413 that
/// Kestrel gives before any endpoint runs when Content-Length exceeds the limit), saying what the limit is.
/// </summary>
internal static class StatusCodeProblems
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } };
        if (http.Response.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = http.RequestServices.GetRequiredService<IOptions<RouterOptions>>().Value.MaxRequestBodyBytes;
            problem.ProblemDetails.Title = "Request body too large";
            problem.ProblemDetails.Detail = $"The request body is larger than Router:MaxRequestBodyBytes ({limit} bytes).";
        }

        await problems.WriteAsync(problem);
    }
}
