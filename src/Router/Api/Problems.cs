namespace Router.Api;

/// <summary>The problem+json answers the API gives, so each route words them the same way.</summary>
internal static class Problems
{
    public static IResult NotFound(string kind, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {kind}", detail: $"There is no {kind} '{id}'.");

    public static IResult Conflict(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request is not valid");

    /// <summary>
    /// The 401 a bearer-authenticated route answers when no valid credential came: <c>WWW-Authenticate: Bearer</c> and a
    /// problem body whose detail says what to send.
    /// </summary>
    public static Task BearerChallengeAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail).ExecuteAsync(context);
    }
}
