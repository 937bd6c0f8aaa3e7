namespace Router.Replies;

/// <summary>How a reply request ended, for the endpoint to answer.</summary>
internal sealed record ReplyResult(string Kind, ReplyOutcome? Outcome = null, string? State = null)
{
    public static readonly ReplyResult NotFound = new("not_found");

    public static ReplyResult NotOpen(string state) => new("not_open", State: state);

    public static ReplyResult Known(ReplyOutcome outcome) => new("known", outcome);

    public static ReplyResult Done(ReplyOutcome outcome) => new("done", outcome);
}
