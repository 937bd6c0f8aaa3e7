namespace Router.LoadDriver;

internal static class Clock
{
    /// <summary>Unix milliseconds with sub-millisecond fractions, computed as the router's scripts compute <c>NOW</c>.</summary>
    public static double UnixMs(this TimeProvider time) =>
        (time.GetUtcNow().UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerMillisecond;
}
