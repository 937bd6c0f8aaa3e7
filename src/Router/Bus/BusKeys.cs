using Router.Redis;

namespace Router.Bus;

/// <summary>The bus's Redis keys, all under the workspace prefix (one hash tag, so scripts may touch them together).</summary>
internal sealed class BusKeys(RedisKeys keys)
{
    /// <summary>Stream of events not yet published (written by the Lua scripts' <c>emit</c>).</summary>
    public string Outbox => keys.Prefix + "outbox";

    /// <summary>Present while a router publishes events: the scripts only write the outbox then.</summary>
    public string OutboxOn => keys.Prefix + "outbox:on";

    /// <summary>The last outbox entry the broker accepted.</summary>
    public string OutboxCursor => keys.Prefix + "outbox:cursor";

    /// <summary>Which router instance publishes (one at a time).</summary>
    public string OutboxLease => keys.Prefix + "outbox:lease";

    /// <summary>Events the broker refused for good (with its reason), set aside so the rest can go on.</summary>
    public string OutboxDead => keys.Prefix + "outbox:dead";

    /// <summary>A processed command's message-id, kept for <see cref="BusOptions.RememberMessageIdsDays"/>.</summary>
    public string Command(string messageId) => keys.Prefix + "bus:cmd:" + messageId;

    /// <summary>A contact's attributes (hash field <c>attributes</c>, JSON).</summary>
    public string Contact(string contactId) => keys.Prefix + "contact:" + contactId;
}
