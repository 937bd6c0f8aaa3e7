namespace Router.Rules.Sla;

/// <summary>Moves the item to another queue.</summary>
public sealed record MoveAction(string Queue) : EscalationAction
{
    /// <inheritdoc />
    public override string Name => "move";
}
