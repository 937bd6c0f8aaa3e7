using System.ComponentModel.DataAnnotations;

namespace Router.Items;

/// <summary>
/// The <c>Router:Retention</c> section: how long completed items stay in Redis. The router routes work; the record a
/// contact centre keeps is its CRM's, fed by the bus's events. Without a retention, every item ever taken stays in
/// Redis (about 6.5 KB each) and memory only grows.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Router:Retention";

    public const int DefaultPurgeIntervalSeconds = 300;

    /// <summary>
    /// Days a completed item (its hash, history, messages, replies, offers and its external id) stays after completion;
    /// then <c>GET /v1/items/{id}</c> answers 404 and the external id may be used again. 0 keeps them for good.
    /// </summary>
    /// <value>Defaults to 0 (keep); the shipped <c>config/appsettings.json</c> sets 90.</value>
    [Range(0, 36_500)]
    public double CompletedItemDays { get; set; }

    /// <summary>How often the purge looks for completed items past their retention.</summary>
    /// <value>Defaults to <see cref="DefaultPurgeIntervalSeconds"/>.</value>
    [Range(1, 86_400)]
    public int PurgeIntervalSeconds { get; set; } = DefaultPurgeIntervalSeconds;
}
