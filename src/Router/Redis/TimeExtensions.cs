namespace Router.Redis;

/// <summary>Conversions between <see cref="DateTimeOffset"/> and the Unix milliseconds the scripts store.</summary>
internal static class TimeExtensions
{
    public static long ToUnixTimeTicks(this DateTimeOffset value) => value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;

    public static DateTimeOffset FromUnixMilliseconds(double milliseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(milliseconds * TimeSpan.TicksPerMillisecond));

    public static DateTimeOffset? FromUnixMilliseconds(string? milliseconds) =>
        double.TryParse(milliseconds, System.Globalization.CultureInfo.InvariantCulture, out var ms)
            ? FromUnixMilliseconds(ms)
            : null;
}
