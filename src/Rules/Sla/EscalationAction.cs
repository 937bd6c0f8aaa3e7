namespace Router.Rules.Sla;

/// <summary>What an escalation step does: one of <see cref="RaisePriorityAction"/>, <see cref="MoveAction"/>,
/// <see cref="WidenAction"/>, <see cref="NotifyAction"/>.</summary>
public abstract record EscalationAction
{
    private protected EscalationAction()
    {
    }

    /// <summary>The action's name in <c>sla.json</c>, such as <c>raise-priority</c>.</summary>
    public abstract string Name { get; }
}
