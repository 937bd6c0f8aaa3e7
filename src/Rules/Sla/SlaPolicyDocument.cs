namespace Router.Rules.Sla;

/// <summary>An SLA policy in <c>sla.json</c>.</summary>
public sealed class SlaPolicyDocument
{
    /// <summary>Unique name; recorded on the item and used in escalation step ids.</summary>
    public string? Name { get; set; }

    /// <summary>Expression over item attributes, as in routing rules.</summary>
    public string? When { get; set; }

    /// <summary>The name of the calendar whose open time the clocks count.</summary>
    public string? Calendar { get; set; }

    /// <summary>Open time allowed until the first agent reply, such as <c>15m</c>.</summary>
    public string? FirstResponse { get; set; }

    /// <summary>Open time allowed until the item is resolved, such as <c>3d</c> (a day is 24 h of open time).</summary>
    public string? Resolution { get; set; }

    /// <summary>Steps that fire as a target's clock runs.</summary>
    public List<EscalationDocument?>? Escalations { get; set; }
}
