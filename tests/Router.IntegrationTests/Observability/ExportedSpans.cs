using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Router.IntegrationTests.Observability;

/// <summary>
/// Spans an in-memory exporter hands over, from any thread. Activity sources are process-wide, so spans of other
/// test hosts arrive too: tests pick theirs by item id.
/// </summary>
public sealed class ExportedSpans : Collection<Activity>
{
    private readonly Lock gate = new();

    public Activity[] Named(string name, string itemId)
    {
        lock (gate)
        {
            return this.Where(a => a.OperationName == name && (string?)a.GetTagItem("router.item.id") == itemId).ToArray();
        }
    }

    public Activity? BySpanId(ActivitySpanId id)
    {
        lock (gate)
        {
            return this.FirstOrDefault(a => a.SpanId == id);
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (gate)
        {
            base.InsertItem(index, item);
        }
    }
}
