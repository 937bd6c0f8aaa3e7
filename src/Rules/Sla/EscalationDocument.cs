namespace Router.Rules.Sla;

/// <summary>An escalation step in <c>sla.json</c>.</summary>
public sealed class EscalationDocument
{
    /// <summary><c>50%</c> of the target, or an open-time offset from its due time: <c>-30m</c> before, <c>+10m</c> after.</summary>
    public string? At { get; set; }

    /// <summary><c>firstResponse</c> or <c>resolution</c>.</summary>
    public string? Of { get; set; }

    /// <summary><c>raise-priority</c>, <c>move</c>, <c>widen</c> or <c>notify</c>.</summary>
    public string? Action { get; set; }

    /// <summary>For <c>raise-priority</c>: the new priority, 0-1000.</summary>
    public int? Priority { get; set; }

    /// <summary>For <c>move</c>: the queue to move the item to.</summary>
    public string? Queue { get; set; }

    /// <summary>For <c>widen</c>: the index (1 or more) of the queue target step the item jumps to.</summary>
    public int? Target { get; set; }

    /// <summary>For <c>notify</c>: who is told, such as <c>supervisors</c>.</summary>
    public string? To { get; set; }
}
