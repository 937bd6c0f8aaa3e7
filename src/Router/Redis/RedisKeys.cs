using Microsoft.Extensions.Options;
using Router.Hosting;

namespace Router.Redis;

/// <summary>
/// The Redis key layout of one workspace. Every key starts with <c>router:{workspace}:</c>; the braces are a Redis
/// Cluster hash tag, so all keys of a workspace (and so every script's keys) sit in one slot.
/// </summary>
internal sealed class RedisKeys(IOptions<RouterOptions> options)
{
    /// <summary>The prefix every key of this workspace starts with.</summary>
    public string Prefix { get; } = $"router:{{{options.Value.Workspace}}}:";

    public string ExternalIds => Prefix + "ext";

    public string Agents => Prefix + "agents";

    public string OfferExpiry => Prefix + "offers:expiry";

    /// <summary>Completed items by completion time (Unix ms), for the purge after their retention.</summary>
    public string CompletedItems => Prefix + "items:completed";

    public string SlaDue => Prefix + "sla:due";

    public string SlaOpen => Prefix + "sla:open";

    public string SlaNext => Prefix + "sla:next";

    public string Events => Prefix + "events";

    public string ContactHandles => Prefix + "contacts:handles";

    public string Contact(string id) => $"{Prefix}contact:{id}";

    public string ContactHandleSet(string id) => $"{Prefix}contact:{id}:handles";

    public string ContactMerges(string id) => $"{Prefix}contact:{id}:merges";

    public string ContactMerge(string id) => $"{Prefix}contact:merge:{id}";

    public string Item(string id) => $"{Prefix}item:{id}";

    public string ItemHistory(string id) => $"{Prefix}item:{id}:history";

    public string ItemMessages(string id) => $"{Prefix}item:{id}:messages";

    public string Queue(string name) => $"{Prefix}queue:{name}";

    public string QueueAge(string name) => $"{Prefix}queue:{name}:age";

    public string PoolAvailable(string pool) => $"{Prefix}pool:{pool}:avail";

    public string QueueStats(string name) => $"{Prefix}queue:{name}:stats";

    public string QueueSlaDay(string name, string day) => $"{Prefix}queue:{name}:sla:{day}";

    public string Agent(string id) => $"{Prefix}agent:{id}";

    public string AgentPools(string id) => $"{Prefix}agent:{id}:pools";

    public string AgentOffers(string id) => $"{Prefix}agent:{id}:offers";

    public string AgentInbox(string id) => $"{Prefix}agent:{id}:inbox";

    public string Offer(string id) => $"{Prefix}offer:{id}";
}
