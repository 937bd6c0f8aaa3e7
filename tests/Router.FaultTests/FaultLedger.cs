using System.Collections.Concurrent;

namespace Router.FaultTests;

/// <summary>What the fault run sent and saw, for the final count.</summary>
internal sealed class FaultLedger
{
    /// <summary>The phase before the first fault (each fault's phase lasts until the next one strikes).</summary>
    public const string Steady = "steady";

    private readonly ConcurrentDictionary<(string Phase, string Source), int> retries = new();
    private readonly ConcurrentDictionary<string, int> unavailableByPhase = new(StringComparer.Ordinal);
    private int unavailable;
    private string phase = Steady;

    /// <summary>Idempotency keys a channel acknowledged, with the source that sent them: each must end as exactly one item.</summary>
    public ConcurrentDictionary<string, string> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Item ids an agent's accept succeeded for, with how many times.</summary>
    public ConcurrentDictionary<string, int> AcceptedByAgents { get; } = new(StringComparer.Ordinal);

    /// <summary>What was sent that no log may hold: message bodies and subjects, per-message signatures.</summary>
    public ConcurrentDictionary<string, byte> Sensitive { get; } = new(StringComparer.Ordinal);

    /// <summary>The fault under way (<see cref="Steady"/> before the first); failures are counted against it.</summary>
    public string Phase
    {
        get => Volatile.Read(ref phase);
        set => Volatile.Write(ref phase, value);
    }

    /// <summary>Answers 503 (the router could not reach Redis), in all.</summary>
    public int Unavailable => unavailable;

    public void CountUnavailable()
    {
        Interlocked.Increment(ref unavailable);
        unavailableByPhase.AddOrUpdate(Phase, 1, (_, n) => n + 1);
    }

    /// <summary>A send that was not acknowledged (refused, failed, timed out) and is tried again.</summary>
    public void CountRetry(string source) => retries.AddOrUpdate((Phase, source), 1, (_, n) => n + 1);

    public void Remember(string text) => Sensitive.TryAdd(text, 0);

    public int UnavailableDuring(string phase) => unavailableByPhase.GetValueOrDefault(phase);

    /// <summary>Retries during <paramref name="phase"/>, per source.</summary>
    public IReadOnlyDictionary<string, int> RetriesDuring(string phase) =>
        retries.Where(r => r.Key.Phase == phase).ToDictionary(r => r.Key.Source, r => r.Value, StringComparer.Ordinal);
}
