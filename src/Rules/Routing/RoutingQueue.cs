namespace Router.Rules.Routing;

/// <summary>A compiled queue: its ordering and its target steps, in the order they apply.</summary>
/// <param name="Name">The queue name.</param>
/// <param name="Fifo">True for oldest-first regardless of priority; false for highest priority, then oldest.</param>
/// <param name="Steps">At least one; each starts when the previous one's timeout has passed.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A contact-centre queue, not a collection type.")]
public sealed record RoutingQueue(string Name, bool Fifo, IReadOnlyList<TargetStep> Steps);
