using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.Sms;

/// <summary>
/// Guards every Twilio webhook: 503 while no account is configured; 415 unless the body is a URL-encoded form; 413 over
/// <see cref="SmsOptions.MaxRequestBodyBytes"/>; 403 unless <c>X-Twilio-Signature</c> matches the public URL Twilio
/// called and the form. Only then does the endpoint run, so a forged request reaches nothing that writes.
/// </summary>
internal sealed class TwilioWebhookFilter(
    IOptions<TwilioOptions> twilio, IOptionsMonitor<SmsOptions> sms, ILogger<TwilioWebhookFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var options = twilio.Value;
        if (!options.Enabled)
        {
            Log.WebhookWhileDisabled(logger, request.Path);
            return Results.Problem(
                "Twilio webhooks are not accepted because Router:Sms:Twilio:AccountSid is empty.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "The SMS channel is not configured");
        }

        if (!IsUrlEncodedForm(request.ContentType))
        {
            return Results.Problem("Twilio webhooks are application/x-www-form-urlencoded.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type");
        }

        var limit = sms.CurrentValue.MaxRequestBodyBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size && (size.MaxRequestBodySize ?? long.MaxValue) > limit)
        {
            size.MaxRequestBodySize = limit;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem($"The body is larger than Router:Sms:MaxRequestBodyBytes ({limit} bytes).",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large");
        }
        catch (InvalidDataException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The form could not be read");
        }

        var url = options.PublicBaseUrl!.TrimEnd('/') + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        if (!TwilioSignature.IsValid(options.AuthToken!, request.Headers[TwilioSignature.HeaderName], url, form))
        {
            Log.SignatureRejected(logger, request.Path, request.Headers.ContainsKey(TwilioSignature.HeaderName));
            return Results.Problem(
                "X-Twilio-Signature is missing or does not match this request, Router:Sms:Twilio:PublicBaseUrl and the auth token.",
                statusCode: StatusCodes.Status403Forbidden, title: "Invalid Twilio signature");
        }

        return await next(context);
    }

    private static bool IsUrlEncodedForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
