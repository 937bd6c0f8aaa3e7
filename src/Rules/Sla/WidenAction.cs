namespace Router.Rules.Sla;

/// <summary>Jumps the item to target step <paramref name="Target"/> (1 or more) of its queue, widening who may take it.</summary>
public sealed record WidenAction(int Target) : EscalationAction
{
    /// <inheritdoc />
    public override string Name => "widen";
}
