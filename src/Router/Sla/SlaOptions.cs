using System.ComponentModel.DataAnnotations;

namespace Router.Sla;

/// <summary>The <c>Router:Sla</c> section: where the SLA policies live and how the clock ticks.</summary>
public sealed class SlaOptions
{
    public const string SectionName = "Router:Sla";

    public const string DefaultFile = "sla.json";
    public const int DefaultTickMilliseconds = 250;
    public const int DefaultAtRiskMinutes = 10;

    /// <summary>The SLA policies file; relative paths are under the config directory.</summary>
    /// <value>Defaults to <see cref="DefaultFile"/>.</value>
    public string File { get; set; } = DefaultFile;

    /// <summary>How often due escalation steps are looked for; a step fires at most this late (plus the script's time).</summary>
    /// <value>Defaults to <see cref="DefaultTickMilliseconds"/>.</value>
    [Range(10, 1000)]
    public int TickMilliseconds { get; set; } = DefaultTickMilliseconds;

    /// <summary>An open item is at risk when its next due time is this close (<c>GET /v1/queues</c>).</summary>
    /// <value>Defaults to <see cref="DefaultAtRiskMinutes"/>.</value>
    [Range(1, 10_080)]
    public int AtRiskMinutes { get; set; } = DefaultAtRiskMinutes;
}
