namespace Router.Items;

/// <summary>What the intake script did.</summary>
/// <param name="Id">The new item, or the existing one that holds the external id.</param>
/// <param name="Created">The new item as stored (its SLA aside), so the API need not read it back; null for a redelivery.</param>
/// <param name="WakeDispatcher">
/// True when the new item was queued behind others while an agent of its pool was ready: the dispatcher, which walks
/// the queue in order, should look now.
/// </param>
/// <param name="Joined">True when the message joined the open item of its conversation (then <paramref name="Created"/> is null).</param>
internal sealed record IntakeResult(string Id, WorkItemView? Created, bool WakeDispatcher = false, bool Joined = false);
