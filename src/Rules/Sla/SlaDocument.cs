using System.Text.Json.Serialization;
using Router.Rules.Calendars;

namespace Router.Rules.Sla;

/// <summary>The shape of <c>config/sla.json</c> as supervisors write it (see <c>config/schema/sla.schema.json</c>).</summary>
public sealed class SlaDocument
{
    /// <summary>The schema the file names, for editors; not read.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>Business calendars by name.</summary>
    public Dictionary<string, CalendarDocument?>? Calendars { get; set; }

    /// <summary>SLA policies, tried in order; the first whose <c>when</c> holds applies.</summary>
    public List<SlaPolicyDocument?>? Policies { get; set; }

    /// <summary>The policy of items no policy matches.</summary>
    public SlaDefaultDocument? Default { get; set; }
}
