namespace Router.Rules.Sla;

/// <summary>The two clocks of an SLA.</summary>
public enum SlaTarget
{
    /// <summary>Runs until the first agent reply.</summary>
    FirstResponse,

    /// <summary>Runs until the item is resolved.</summary>
    Resolution,
}
