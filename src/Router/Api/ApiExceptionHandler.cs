using Microsoft.AspNetCore.Diagnostics;
using StackExchange.Redis;

namespace Router.Api;

/// <summary>
/// Turns failures a client can act on into problem+json: request-reading failures (malformed JSON, a body over the
/// limit, a wrong content type) with the status Kestrel or the JSON reader chose (400, 413, 415), and Redis being
/// unreachable as 503 with Retry-After, so a client retries instead of assuming its item was taken.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        int status;
        string title, detail;
        switch (exception)
        {
            case BadHttpRequestException bad:
                status = bad.StatusCode;
                title = status == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "The request could not be read";
                detail = bad.InnerException is { } inner ? $"{bad.Message} {inner.Message}" : bad.Message;
                break;
            case RedisConnectionException or RedisTimeoutException:
                Log.StoreUnavailable(logger, exception);
                status = StatusCodes.Status503ServiceUnavailable;
                title = "Store unavailable";
                detail = "Redis did not answer, so the change may not have happened. Retry: creates with the same externalId are idempotent.";
                httpContext.Response.Headers.RetryAfter = "1";
                break;
            default:
                return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
