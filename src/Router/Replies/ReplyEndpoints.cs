using System.Text.RegularExpressions;
using Router.Api;
using Router.Channels;

namespace Router.Replies;

/// <summary><c>POST /v1/items/{id}/replies</c>: an agent answers the customer through the item's channel.</summary>
internal static partial class ReplyEndpoints
{
    /// <summary>Longer replies are refused: they are usually a paste gone wrong, and SMS would split them into dozens.</summary>
    public const int MaxTextLength = 64 * 1024;

    public static RouteGroupBuilder MapReplyEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapPost("/items/{id}/replies", SendAsync);
        return v1;
    }

    private static async Task<IResult> SendAsync(string id, ReplyRequest request, ReplyService replies, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors["text"] = ["text is required."];
        }
        else if (request.Text.Length > MaxTextLength)
        {
            errors["text"] = [$"text is {request.Text.Length} characters; at most {MaxTextLength}."];
        }

        if (request.ReplyId is { } replyId && !ReplyIdFormat().IsMatch(replyId))
        {
            errors["replyId"] = ["replyId must be 1-100 letters, digits, '-', '_' or '.'."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var result = await replies.SendAsync(id, request, cancellationToken);
        return result.Kind switch
        {
            "not_found" => Problems.NotFound("item", id),
            "not_open" => Problems.Conflict("Item is not open", $"Item '{id}' is {result.State}; replies go to open items."),
            _ => Answer(result.Outcome!),
        };
    }

    private static IResult Answer(ReplyOutcome outcome) => outcome.Status switch
    {
        OutboundReceipt.Sent or OutboundReceipt.Queued => Results.Ok(outcome),
        OutboundReceipt.Refused => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Reply not sent",
            detail: outcome.Reason, extensions: new Dictionary<string, object?> { ["replyId"] = outcome.ReplyId, ["replyStatus"] = outcome.Status }),
        "sending" => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Reply in progress",
            detail: $"Reply '{outcome.ReplyId}' is being sent by another request, or its sender stopped before it could say; it is not resent.",
            extensions: new Dictionary<string, object?> { ["replyId"] = outcome.ReplyId, ["replyStatus"] = outcome.Status }),
        _ => Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Reply outcome unknown",
            detail: outcome.Reason, extensions: new Dictionary<string, object?> { ["replyId"] = outcome.ReplyId, ["replyStatus"] = outcome.Status }),
    };

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex ReplyIdFormat();
}
