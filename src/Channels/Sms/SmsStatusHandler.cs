using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Router.Channels.Sms;

/// <summary>Answers Twilio's status callbacks for messages we sent: records the status if it moves the message forward.</summary>
internal sealed class SmsStatusHandler(DeliveryStatuses statuses, ILogger<SmsStatusHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var form = http.Request.Form;
        var sid = (string?)form["MessageSid"];
        var status = (string?)form["MessageStatus"];
        if (string.IsNullOrEmpty(sid) || string.IsNullOrEmpty(status))
        {
            const string error = "MessageSid and MessageStatus are required.";
            Log.WebhookMalformed(logger, error);
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Malformed Twilio status callback");
        }

        var moved = await statuses.AdvanceAsync(sid, status, http.RequestAborted);
        string? errorCode = form["ErrorCode"];
        Log.StatusCallback(logger, sid, status, moved, errorCode);
        return Results.NoContent();
    }
}
