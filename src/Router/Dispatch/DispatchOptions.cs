using System.ComponentModel.DataAnnotations;

namespace Router.Dispatch;

/// <summary>The <c>Router:Dispatch</c> section: offers, missed offers, and how often the dispatcher looks.</summary>
public sealed class DispatchOptions
{
    public const string SectionName = "Router:Dispatch";

    public const int DefaultOfferTimeoutSeconds = 30;
    public const int DefaultMissedOffersBeforeAway = 3;
    public const int DefaultBatchSize = 32;
    public const int DefaultScanDepth = 64;
    public const int DefaultSweepIntervalMilliseconds = 200;
    public const int DefaultRescanIntervalMilliseconds = 1000;

    /// <summary>How long an agent has to accept an offer before it returns to the queue.</summary>
    /// <value>Defaults to <see cref="DefaultOfferTimeoutSeconds"/>.</value>
    [Range(1, 3600)]
    public int OfferTimeoutSeconds { get; set; } = DefaultOfferTimeoutSeconds;

    /// <summary>Offers an agent may let expire in a row before being set away.</summary>
    /// <value>Defaults to <see cref="DefaultMissedOffersBeforeAway"/>.</value>
    [Range(1, 100)]
    public int MissedOffersBeforeAway { get; set; } = DefaultMissedOffersBeforeAway;

    /// <summary>Most offers one dispatch script call makes.</summary>
    /// <value>Defaults to <see cref="DefaultBatchSize"/>.</value>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>How many head items of a queue one call looks at (an item no agent can take does not block those behind it).</summary>
    /// <value>Defaults to <see cref="DefaultScanDepth"/>.</value>
    [Range(1, 10_000)]
    public int ScanDepth { get; set; } = DefaultScanDepth;

    /// <summary>How often expired offers and ended wrap-ups are looked for.</summary>
    /// <value>Defaults to <see cref="DefaultSweepIntervalMilliseconds"/>.</value>
    [Range(10, 60_000)]
    public int SweepIntervalMilliseconds { get; set; } = DefaultSweepIntervalMilliseconds;

    /// <summary>How often every queue is dispatched even without a signal (changes made by other router instances).</summary>
    /// <value>Defaults to <see cref="DefaultRescanIntervalMilliseconds"/>.</value>
    [Range(10, 600_000)]
    public int RescanIntervalMilliseconds { get; set; } = DefaultRescanIntervalMilliseconds;
}
