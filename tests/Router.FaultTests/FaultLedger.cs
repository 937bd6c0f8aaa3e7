using System.Collections.Concurrent;

namespace Router.FaultTests;

/// <summary>What the fault run sent and saw, for the final count.</summary>
internal sealed class FaultLedger
{
    private int unavailable;
    private int failedSends;

    /// <summary>Idempotency keys a channel acknowledged: each must end as exactly one item.</summary>
    public ConcurrentDictionary<string, string> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Item ids an agent's accept succeeded for, with how many times.</summary>
    public ConcurrentDictionary<string, int> AcceptedByAgents { get; } = new(StringComparer.Ordinal);

    /// <summary>Send attempts answered 503 or refused while a server was away (and retried).</summary>
    public int Unavailable => unavailable;

    public int FailedSends => failedSends;

    public void CountUnavailable() => Interlocked.Increment(ref unavailable);

    public void CountFailedSend() => Interlocked.Increment(ref failedSends);
}
