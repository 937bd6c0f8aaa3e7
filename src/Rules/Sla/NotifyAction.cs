namespace Router.Rules.Sla;

/// <summary>Tells <paramref name="To"/> (such as <c>supervisors</c>): an event, and mail once the email channel exists.</summary>
public sealed record NotifyAction(string To) : EscalationAction
{
    /// <inheritdoc />
    public override string Name => "notify";
}
