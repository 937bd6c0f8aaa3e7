namespace Router.Rules.Sla;

/// <summary>Sets the item's priority (0-1000, higher first).</summary>
public sealed record RaisePriorityAction(int Priority) : EscalationAction
{
    /// <inheritdoc />
    public override string Name => "raise-priority";
}
