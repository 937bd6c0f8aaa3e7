using System.Text.Json;

namespace Router.Observability;

/// <summary>Records what one <c>sla_fire.lua</c> call fired: escalation steps by action, breaches by target.</summary>
internal static class SlaTelemetry
{
    /// <param name="counts">The script's counts JSON: <c>{ "escalated:&lt;action&gt;": n, "breached:&lt;target&gt;": n }</c>.</param>
    public static void Fired(this RouterMetrics metrics, string? counts)
    {
        // cjson writes an empty table as {} or []: both mean nothing fired.
        if (string.IsNullOrEmpty(counts) || counts[0] != '{')
        {
            return;
        }

        foreach (var (name, n) in JsonSerializer.Deserialize<Dictionary<string, long>>(counts) ?? [])
        {
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            switch (name[..Math.Max(0, colon)])
            {
                case "escalated":
                    metrics.Escalated(name[(colon + 1)..], n);
                    break;
                case "breached":
                    metrics.Breached(name[(colon + 1)..], n);
                    break;
            }
        }
    }
}
