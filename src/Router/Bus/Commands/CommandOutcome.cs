namespace Router.Bus.Commands;

/// <summary>
/// How a command ended: accepted (its effect is durable, or it had happened before), or rejected for good with an
/// AMQP error condition and a description (the broker dead-letters it). Passing failures are exceptions instead.
/// </summary>
internal sealed record CommandOutcome(bool Accepted, string? Condition = null, string? Description = null)
{
    public static readonly CommandOutcome Done = new(true);

    public static CommandOutcome Invalid(string description) => new(false, "amqp:invalid-field", description);

    public static CommandOutcome Undecodable(string description) => new(false, "amqp:decode-error", description);

    public static CommandOutcome NotFound(string description) => new(false, "amqp:not-found", description);

    public static CommandOutcome Refused(string description) => new(false, "amqp:precondition-failed", description);

    public static CommandOutcome GaveUp(string description) => new(false, "amqp:internal-error", description);
}
