using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Channels.Sms;

/// <summary>
/// Answers Twilio's inbound-message webhook (primary and fallback URL alike) once the message is durable: keywords
/// change the opt-out record and create no item; anything else goes to intake, idempotent on MessageSid, and gets the
/// auto-reply only when it created a new item and the sender has not opted out.
/// </summary>
internal sealed class SmsInboundHandler(
    IInboundSink sink, SmsOptOuts optOuts, IOptionsMonitor<SmsOptions> options, ILogger<SmsInboundHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var settings = options.CurrentValue;
        if (!TwilioInboundSms.TryParse(http.Request.Form, settings.DefaultRegion, out var sms, out var error))
        {
            Log.WebhookMalformed(logger, error);
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Malformed Twilio webhook");
        }

        var cancellationToken = http.RequestAborted;
        switch (SmsKeywords.Classify(sms.Body))
        {
            case SmsKeyword.OptOut:
                await optOuts.RecordAsync(sms.From, optedOut: true, sms.Body, sms.MessageSid, sms.To, cancellationToken);
                Log.OptChanged(logger, sms.From, optedOut: true, sms.MessageSid);
                return Twiml.Empty(); // Twilio sends its own confirmation; nothing more may follow a STOP
            case SmsKeyword.OptIn:
                await optOuts.RecordAsync(sms.From, optedOut: false, sms.Body, sms.MessageSid, sms.To, cancellationToken);
                Log.OptChanged(logger, sms.From, optedOut: false, sms.MessageSid);
                return Twiml.Empty();
            case SmsKeyword.Help:
                return string.IsNullOrWhiteSpace(settings.HelpText) ? Twiml.Empty() : Twiml.Message(settings.HelpText);
        }

        var receipt = await sink.AcceptAsync(sms.ToInboundMessage(), cancellationToken);
        Log.InboundAccepted(logger, sms.MessageSid, receipt.ItemId, receipt.Created, receipt.Joined);
        return receipt.Created && !string.IsNullOrWhiteSpace(settings.AutoReply) && !await optOuts.IsOptedOutAsync(sms.From, cancellationToken)
            ? Twiml.Message(settings.AutoReply)
            : Twiml.Empty();
    }
}
