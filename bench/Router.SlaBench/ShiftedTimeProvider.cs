namespace Router.SlaBench;

/// <summary>The system clock moved by a fixed offset: items created "a minute ago" have every early step due now.</summary>
internal sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
