namespace Router.Hosting;

/// <summary>Bounds shared by intake, validation and the Redis queue score.</summary>
internal static class WorkItemLimits
{
    /// <summary>Lowest priority.</summary>
    public const int MinPriority = 0;

    /// <summary>Highest priority; the queue score in Redis assumes it (see <c>_lib.lua</c>).</summary>
    public const int MaxPriority = 1000;

    /// <summary>Longest external id, agent id or queue name accepted.</summary>
    public const int MaxIdLength = 128;
}
