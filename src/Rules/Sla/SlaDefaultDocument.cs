namespace Router.Rules.Sla;

/// <summary>The fallback policy of <c>sla.json</c>: a policy without name or condition (it is named <c>default</c>).</summary>
public sealed class SlaDefaultDocument
{
    /// <summary>The name of the calendar whose open time the clocks count.</summary>
    public string? Calendar { get; set; }

    /// <summary>Open time allowed until the first agent reply.</summary>
    public string? FirstResponse { get; set; }

    /// <summary>Open time allowed until the item is resolved.</summary>
    public string? Resolution { get; set; }

    /// <summary>Steps that fire as a target's clock runs.</summary>
    public List<EscalationDocument?>? Escalations { get; set; }
}
