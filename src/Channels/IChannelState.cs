namespace Router.Channels;

/// <summary>
/// Small durable state that channel adapters keep (IMAP UIDs, mailbox leases, opt-outs, rate counters), stored by the
/// router in Redis under the workspace so every router instance sees the same values. Keys are adapter-chosen,
/// e.g. <c>email:support:uidvalidity</c>.
/// </summary>
public interface IChannelState
{
    /// <summary>The value under the key, or null.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores the value (durably, before returning); a TTL makes it expire.</summary>
    Task SetAsync(string key, string value, TimeSpan? ttl = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the value only if the key now holds <paramref name="expected"/> (null: is absent); true if stored. A TTL makes
    /// it expire that long after this write; without one the key keeps no expiry.
    /// </summary>
    Task<bool> CompareAndSetAsync(
        string key, string? expected, string value, TimeSpan? ttl = null, CancellationToken cancellationToken = default);

    /// <summary>Removes the key.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Adds one to a counter that starts at zero and resets <paramref name="window"/> after its first count; returns the new count.</summary>
    Task<long> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);

    /// <summary>Takes or renews a lease for <paramref name="owner"/>; false while another owner holds it.</summary>
    Task<bool> TryAcquireLeaseAsync(string key, string owner, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up if <paramref name="owner"/> holds it.</summary>
    Task ReleaseLeaseAsync(string key, string owner, CancellationToken cancellationToken = default);
}
